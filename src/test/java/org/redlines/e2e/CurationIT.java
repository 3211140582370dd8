package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.positions.MatrixService;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Signing in and editing in Chromium, on a database of its own so that the other browser tests see the seed. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:curation-it;DB_CLOSE_DELAY=-1")
class CurationIT extends BrowserTestBase {

    static final String PASSWORD = "analyst-password-1";

    @Autowired
    UserService users;

    @Autowired
    MatrixService matrices;

    @BeforeEach
    void accounts() {
        ensureUsers(users, PASSWORD, "ana", Role.ANALYST, "vera", Role.VIEWER, "guessme", Role.ANALYST);
    }

    private void signIn(String user) {
        signIn(user, PASSWORD);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    private Locator ruBlock() {
        return page.locator("#point-detail .rl-detail-actor[data-actor=RU]");
    }

    @Test
    void an_analyst_adds_a_position_that_the_matrix_shows_while_the_frozen_link_keeps_the_old_one() {
        signIn("ana");
        assertThat(page.locator("#signed-in-as").textContent()).isEqualTo("Signed in as ana");
        long before = matrices.latestRevision();
        page.navigate(url("matrix?plan=US-UA-20&point=4"));
        ruBlock().waitFor();
        BrowserSupport.waitForVaadin(page);
        String oldSummary = ruBlock().locator("p").first().textContent();

        ruBlock().locator(".rl-add-position").click();
        page.locator("#edit-stance vaadin-radio-button:has-text('Conditional')").click();
        page.locator("#edit-summary textarea").fill("Would accept a cap if sanctions are lifted first");
        page.locator("vaadin-button:has-text('Add a source')").click();
        page.locator(".rl-source-publisher input").last().fill("Reuters");
        page.locator(".rl-source-url input").last().fill("https://www.reuters.com/world/europe/example");
        screenshot("curation-dialog");
        page.locator("#edit-save").click();
        page.locator("#edit-summary")
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        BrowserSupport.waitForVaadin(page);

        assertThat(ruBlock().textContent()).contains("Would accept a cap if sanctions are lifted first");
        assertThat(page.locator("#matrix-grid .rl-cell[data-ref='4'][data-actor=RU]")
                        .getAttribute("data-stance"))
                .isEqualTo("conditional");
        screenshot("curation-after-save");

        page.navigate(url("matrix?plan=US-UA-20&point=4&rev=" + before));
        ruBlock().waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#frozen-banner").textContent()).contains("revision " + before);
        assertThat(ruBlock().locator("p").first().textContent()).isEqualTo(oldSummary);
        assertThat(ruBlock().textContent()).doesNotContain("sanctions are lifted first");
        assertThat(page.locator(".rl-add-position").count()).isZero();
        screenshot("curation-frozen");
    }

    @Test
    void a_viewer_sees_no_editing_and_cannot_open_the_admin_pages() {
        signIn("vera");
        page.navigate(url("matrix?plan=US-UA-20&point=4"));
        ruBlock().waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator(".rl-add-position").count()).isZero();
        assertThat(page.locator(".rl-position-history").count()).isPositive();
        page.navigate(url("import"));
        page.locator("#access-denied").waitFor();
        assertThat(page.locator("#access-denied").textContent()).contains("Not for your role");
    }

    @Test
    void anonymous_readers_read_and_are_sent_to_sign_in_for_admin_pages() {
        page.navigate(url("matrix"));
        page.locator("#matrix-grid").waitFor();
        assertThat(page.locator("#sign-in").isVisible()).isTrue();
        page.navigate(url("audit"));
        page.locator("input[name=username]").waitFor();
        assertThat(page.url()).contains("login");
        screenshot("login");
    }

    @Test
    void repeated_wrong_passwords_pause_signing_in_and_say_so() {
        for (int i = 0; i < org.redlines.security.LoginAttempts.MAX_ATTEMPTS; i++) {
            page.navigate(url("login"));
            page.locator("input[name=username]").fill("guessme");
            page.locator("input[name=password]").fill("wrong-password-" + i);
            page.locator("input[name=password]").press("Enter");
            page.waitForURL("**/login?error**");
        }
        page.navigate(url("login"));
        page.locator("input[name=username]").fill("guessme");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL("**/login?error**");
        page.locator("vaadin-login-form").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat((String) page.locator("vaadin-login-form").evaluate("f => f.i18n.errorMessage.message"))
                .contains("Too many attempts");
        assertThat(page.locator("vaadin-login-form").getAttribute("error")).isNotNull();
        assertThat(page.locator("#signed-in-as").count()).isZero();
    }

    @Test
    void signing_out_ends_the_session_for_anyone_holding_its_cookie() {
        signIn("ana");
        List<com.microsoft.playwright.options.Cookie> cookies = context.cookies();
        assertThat(cookies).anySatisfy(c -> {
            assertThat(c.name).isEqualTo("JSESSIONID");
            assertThat(c.httpOnly).isTrue();
        });
        page.locator("#sign-out").click();
        page.waitForURL(u -> !u.contains("matrix?") || true);
        page.locator("#sign-in").waitFor();

        com.microsoft.playwright.BrowserContext stolen = newContext();
        try {
            stolen.addCookies(cookies);
            Page other = stolen.newPage();
            other.navigate(url("manage"));
            other.locator("input[name=username]").waitFor();
            assertThat(other.url()).contains("login");
        } finally {
            stolen.close();
        }
    }
}
