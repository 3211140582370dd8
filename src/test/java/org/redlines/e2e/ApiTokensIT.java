package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * A viewer makes a personal API token in Chromium, sees it once, a script reads the API with it, and revoking it
 * on the page stops it; a viewer is offered reading only.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-tokens-it;DB_CLOSE_DELAY=-1",
            "redlines.security.read-requires-login=true"
        })
class ApiTokensIT extends BrowserTestBase {

    static final String PASSWORD = "tokens-password-12";

    @Autowired
    UserService users;

    @BeforeEach
    void account() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            if (users.list().stream().noneMatch(u -> u.username().equals("tess"))) {
                users.create("tess", PASSWORD, Role.VIEWER);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int status(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void a_viewer_makes_a_token_sees_it_once_uses_it_from_a_script_and_revokes_it() throws Exception {
        signIn("tess", PASSWORD);
        page.locator("#nav-tokens").click();
        page.waitForURL(u -> u.endsWith("/tokens"));
        page.locator("#token-name input").fill("R notebook");
        page.locator("#token-scope").click();
        assertThat(page.locator("vaadin-select-list-box:visible vaadin-select-item")
                        .allInnerTexts())
                .as("a viewer is offered reading only")
                .containsExactly("Read");
        page.keyboard().press("Escape");
        page.locator("#token-create").click();
        page.locator("#token-message")
                .filter(new Locator.FilterOptions().setHasText("R notebook"))
                .waitFor();
        String token = page.locator("#token-shown input").inputValue();
        assertThat(token).startsWith("rl_");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/api-tokens.png")));

        assertThat(status("api/v1/matrix?plan=US-UA-20", token)).isEqualTo(200);
        page.reload();
        page.locator("#tokens").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#token-shown").isVisible()).as("shown once").isFalse();
        page.locator("#tokens vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("R notebook"))
                .waitFor();
        assertThat(page.locator("#tokens vaadin-grid-cell-content").allInnerTexts())
                .contains("R notebook")
                .as("its last use is shown")
                .doesNotContain("Never");

        page.locator("#tokens .rl-token-revoke").first().click();
        page.locator("#tokens vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Revoked"))
                .waitFor();
        assertThat(status("api/v1/matrix?plan=US-UA-20", token)).isEqualTo(401);
    }
}
