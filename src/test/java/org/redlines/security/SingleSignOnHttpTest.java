package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redlines.SignedIn.call;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Single sign-on as configured by properties, without the provider itself (SingleSignOnIT signs in through a real
 * Keycloak): the mapping of claims to roles, the account made at the first sign-in and brought up to date at the
 * next, the refusals, the start of the sign-in as a browser follows it, the refusal page, and the local form turned
 * off by {@code redlines.security.local-accounts=false}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:sso;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "redlines.admin.initial-password=a-long-password-1",
            "redlines.security.local-accounts=false",
            "spring.security.oauth2.client.registration.sso.client-id=redlines",
            "spring.security.oauth2.client.registration.sso.client-secret=s3cret",
            "spring.security.oauth2.client.registration.sso.scope=openid,profile,email",
            "spring.security.oauth2.client.registration.sso.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.sso.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.sso.authorization-uri=http://idp.example.org/auth",
            "spring.security.oauth2.client.provider.sso.token-uri=http://idp.example.org/token",
            "spring.security.oauth2.client.provider.sso.jwk-set-uri=http://idp.example.org/certs",
            "spring.security.oauth2.client.provider.sso.user-name-attribute=preferred_username",
            "redlines.sso.display-name=Example ID",
            "redlines.sso.viewer-values=redlines-viewers",
            "redlines.sso.analyst-values=redlines-analysts,policy-unit",
            "redlines.sso.admin-values=redlines-admins"
        })
class SingleSignOnHttpTest {

    private static final String IDP = "http://idp.example.org";

    @LocalServerPort
    int port;

    @Autowired
    SsoUsers sso;

    @Autowired
    SsoSettings settings;

    @Autowired
    UserService users;

    @Autowired
    SignInOptions options;

    @Autowired
    AuthenticationProvider passwords;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void claims_map_to_the_highest_matching_role_and_group_paths_count() {
        assertThat(settings.roleFor(List.of("other", "redlines-viewers"))).contains(Role.VIEWER);
        assertThat(settings.roleFor(List.of("/redlines-viewers", "/Policy-Unit")))
                .contains(Role.ANALYST);
        assertThat(settings.roleFor(List.of("redlines-analysts", "redlines-admins")))
                .contains(Role.ADMIN);
        assertThat(settings.roleFor("redlines-viewers redlines-analysts")).contains(Role.ANALYST);
        assertThat(settings.roleFor(List.of("finance"))).isEmpty();
        assertThat(settings.roleFor(null)).isEmpty();
    }

    @Test
    void the_first_sign_in_makes_the_account_and_each_next_one_brings_its_role_and_address_up_to_date() {
        UserInfo first = sso.signIn(IDP, "sub-1", "vera.k", "vera@example.org", List.of("redlines-viewers"));
        assertThat(first.role()).isEqualTo(Role.VIEWER);
        UserInfo again = sso.signIn(IDP, "sub-1", "vera.k", "vera.k@example.org", List.of("/redlines-analysts"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.role()).isEqualTo(Role.ANALYST);
        assertThat(call("admin", Role.ADMIN, () -> users.list()).stream()
                        .filter(u -> u.username().equals("vera.k"))
                        .findFirst()
                        .orElseThrow()
                        .role())
                .isEqualTo(Role.ANALYST);
    }

    @Test
    void no_role_a_disabled_account_and_a_local_name_are_refused() {
        assertThatThrownBy(() -> sso.signIn(IDP, "sub-2", "finn", null, List.of("finance")))
                .isInstanceOf(SsoUsers.Refused.class)
                .extracting(e -> ((SsoUsers.Refused) e).reason())
                .isEqualTo("no-role");
        assertThatThrownBy(() -> sso.signIn(IDP, "sub-3", "admin", null, List.of("redlines-admins")))
                .extracting(e -> ((SsoUsers.Refused) e).reason())
                .isEqualTo("name-taken");
        UserInfo dora = sso.signIn(IDP, "sub-4", "dora", null, List.of("redlines-viewers"));
        call("admin", Role.ADMIN, () -> {
            users.update(dora.id(), dora.version(), Role.VIEWER, false, null);
            return null;
        });
        assertThatThrownBy(() -> sso.signIn(IDP, "sub-4", "dora", null, List.of("redlines-viewers")))
                .extracting(e -> ((SsoUsers.Refused) e).reason())
                .isEqualTo("disabled");
    }

    @Test
    void a_browser_is_sent_to_the_provider_with_this_client_and_its_callback() throws Exception {
        HttpResponse<String> start = get(options.ssoStart());
        assertThat(start.statusCode()).isEqualTo(302);
        String location =
                URLDecoder.decode(start.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(location)
                .startsWith("http://idp.example.org/auth?")
                .contains("client_id=redlines")
                .contains("response_type=code")
                .contains("scope=openid profile email")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/sso");
        assertThat(options.providerName()).isEqualTo("Example ID");
    }

    @Test
    void the_refusal_page_says_why_in_plain_html_and_nothing_else() throws Exception {
        HttpResponse<String> page = get("sso-refused?reason=no-role");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("none of your groups gives access").contains("href=\"matrix\"");
        assertThat(get("sso-refused?reason=%3Cscript%3E").body())
                .doesNotContain("<script>")
                .contains("did not succeed");
    }

    @Test
    void with_local_accounts_off_a_name_and_password_sign_in_nobody() {
        assertThat(options.localAccounts()).isFalse();
        assertThatThrownBy(() -> passwords.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("admin", "a-long-password-1")))
                .isInstanceOf(DisabledException.class);
    }
}
