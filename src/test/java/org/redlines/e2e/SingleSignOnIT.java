package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on against a real Keycloak (its server distribution from Maven Central, unpacked by the build into
 * target/keycloak, started here with our JDK and the realm in src/test/resources/keycloak: a client, three groups,
 * a user in each and one in none). Chromium signs in through Keycloak's own form, lands in Redlines with the role
 * the group maps to, is refused what that role may not do, and signs out of both; someone in no group gets the
 * plain refusal page. Local accounts are off, so the sign-in page offers only the provider.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:sso-it;DB_CLOSE_DELAY=-1",
            "redlines.security.local-accounts=false",
            "spring.security.oauth2.client.registration.sso.client-id=redlines",
            "spring.security.oauth2.client.registration.sso.client-secret=redlines-secret",
            "spring.security.oauth2.client.registration.sso.scope=openid,profile,email",
            "redlines.sso.display-name=Keycloak",
            "redlines.sso.viewer-values=redlines-viewers",
            "redlines.sso.analyst-values=redlines-analysts",
            "redlines.sso.admin-values=redlines-admins"
        })
class SingleSignOnIT extends BrowserTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.redlines.security.UserService users;

    private static Process keycloak;
    private static int keycloakPort;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws Exception {
        startKeycloak();
        registry.add(
                "spring.security.oauth2.client.provider.sso.issuer-uri",
                () -> "http://localhost:" + keycloakPort + "/realms/redlines");
    }

    static synchronized void startKeycloak() throws Exception {
        if (keycloak != null) {
            return;
        }
        String home = System.getProperty("redlines.keycloak.home");
        assertThat(home)
                .as("redlines.keycloak.home: the build unpacks Keycloak into target/keycloak before the ITs")
                .isNotBlank();
        Path dist = Path.of(home);
        Path imports = Files.createDirectories(dist.resolve("data/import"));
        try (var realm = SingleSignOnIT.class.getResourceAsStream("/keycloak/redlines-realm.json")) {
            Files.copy(realm, imports.resolve("redlines-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        keycloakPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        dist.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + keycloakPort,
                        "--http-management-port=" + freePort(),
                        "--import-realm",
                        // a fresh database every run: a realm kept in a reused target/keycloak would skip the import
                        "--db=dev-mem")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        keycloak = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        HttpClient http = HttpClient.newHttpClient();
        URI discovery =
                URI.create("http://localhost:" + keycloakPort + "/realms/redlines/.well-known/openid-configuration");
        while (true) {
            assertThat(keycloak.isAlive())
                    .as("Keycloak is running (see target/keycloak.log)")
                    .isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            assertThat(Instant.now()).as("Keycloak started within 3 minutes").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** From Redlines' sign-in page through Keycloak's own form. */
    private void signInThroughKeycloak(Page page, String user, String password) {
        page.navigate(url("login"));
        page.locator("#sign-in-sso").click();
        page.waitForURL(u -> u.startsWith("http://localhost:" + keycloakPort + "/"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    @Test
    void an_analyst_signs_in_through_keycloak_with_the_mapped_role_is_refused_admin_pages_and_signs_out_of_both() {
        page.navigate(url("login"));
        page.locator("#sign-in-sso").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#sign-in-sso").textContent()).isEqualTo("Sign in with Keycloak");
        assertThat(page.locator("vaadin-login-form").count())
                .as("local accounts are off")
                .isZero();
        shot("sso-login");

        signInThroughKeycloak(page, "anna", "anna-pass");
        page.locator("#signed-in-as").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#signed-in-as").textContent()).isEqualTo("Signed in as anna");
        assertThat(page.locator("#change-password").isVisible())
                .as("no password here to change")
                .isFalse();
        shot("sso-signed-in");

        page.navigate(url("matrix?plan=US-UA-20&point=4"));
        page.locator("#point-detail .rl-detail-actor[data-actor=RU] .rl-add-position")
                .waitFor();

        page.navigate(url("users"));
        page.locator("#access-denied").waitFor();
        assertThat(page.locator("#access-denied").textContent()).contains("Not for your role");

        page.navigate(url("matrix"));
        page.locator("#sign-out").click();
        page.locator("#sign-in").waitFor();
        assertThat(page.url()).startsWith(url(""));
        assertThat(page.locator("#signed-in-as").count()).isZero();

        // Signed out at Keycloak too: starting again asks for the password instead of signing straight back in.
        page.navigate(url("login"));
        page.locator("#sign-in-sso").click();
        page.waitForURL(u -> u.startsWith("http://localhost:" + keycloakPort + "/"));
        page.locator("#password").waitFor();
        shot("sso-signed-out");
    }

    @Test
    void a_viewer_reads_but_cannot_edit_and_someone_in_no_group_is_refused_with_a_plain_page() {
        signInThroughKeycloak(page, "vera", "vera-pass");
        page.locator("#signed-in-as").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.navigate(url("matrix?plan=US-UA-20&point=4"));
        page.locator("#point-detail .rl-detail-actor[data-actor=RU]").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator(".rl-add-position").count())
                .as("a viewer cannot edit")
                .isZero();

        var other = newContext();
        try {
            Page nobody = other.newPage();
            signInThroughKeycloak(nobody, "nobody", "nobody-pass");
            nobody.waitForURL(u -> u.contains("/sso-refused"));
            assertThat(nobody.locator("#sso-refused-reason").textContent()).contains("none of your groups");
            nobody.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sso-refused.png")));
            nobody.navigate(url("matrix"));
            nobody.locator("#sign-in").waitFor();
            assertThat(nobody.locator("#signed-in-as").count()).isZero();
        } finally {
            other.close();
        }
    }
}
