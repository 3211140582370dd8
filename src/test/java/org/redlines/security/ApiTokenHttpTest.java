package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redlines.SignedIn.call;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Personal API tokens as a script uses them, where reading needs a login (fixture: plan P1 "First draft", point 1
 * "Border line"): a token reads the API and the feeds as its owner; without it, or revoked, expired or unknown, the
 * answer is 401; it never opens the interface; a viewer cannot make a writing token; past the rate limit the answer
 * is 429 with Retry-After.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-tokens;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "redlines.security.read-requires-login=true",
            "redlines.api.rate-limit-per-minute=5"
        })
class ApiTokenHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void vera() {
        call("admin", Role.ADMIN, () -> {
            if (users.list().stream().noneMatch(u -> u.username().equals("vera"))) {
                users.create("vera", "a-long-password-1", Role.VIEWER);
            }
            return null;
        });
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String name) {
        return call("vera", Role.VIEWER, () -> tokens.create(name, ApiTokenInfo.Scope.READ, Duration.ofDays(30)))
                .text();
    }

    @Test
    void a_token_reads_the_api_and_feeds_as_its_owner_until_revoked_or_expired_and_never_the_interface()
            throws Exception {
        String token = token("notebook");
        assertThat(token).startsWith("rl_");
        HttpResponse<String> matrix = get("api/v1/matrix?plan=P1", token);
        assertThat(matrix.statusCode()).isEqualTo(200);
        assertThat(matrix.body()).contains("Border line");
        assertThat(get("api/v1/matrix?plan=P1", null).statusCode()).isEqualTo(401);
        HttpResponse<String> feed = get("feeds/changes.atom?plan=P1", token);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed");

        HttpResponse<String> page = get("matrix?plan=P1", token);
        assertThat(page.body()).as("the interface ignores tokens").doesNotContain("Border line");

        assertThat(call("vera", Role.VIEWER, () -> tokens.mine()).getFirst().lastUsedAt())
                .isNotNull();
        HttpResponse<String> unknown = get("api/v1/plans", "rl_not-a-real-token");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        long id = call("vera", Role.VIEWER, () -> tokens.mine()).getFirst().id();
        call("vera", Role.VIEWER, () -> {
            tokens.revoke(id);
            return null;
        });
        assertThat(get("api/v1/plans", token).statusCode()).isEqualTo(401);

        String soon = token("expiring");
        assertThat(get("api/v1/plans", soon).statusCode()).isEqualTo(200);
        jdbc.update(
                "update api_token set expires_at = ? where name = 'expiring'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
        assertThat(get("api/v1/plans", soon).statusCode()).isEqualTo(401);
    }

    @Test
    void a_viewer_cannot_make_a_writing_token_and_others_cannot_revoke_it() {
        assertThatThrownBy(() -> call(
                        "vera", Role.VIEWER, () -> tokens.create("w", ApiTokenInfo.Scope.WRITE, Duration.ofDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        String token = token("mine");
        long id = call("vera", Role.VIEWER, () -> tokens.mine()).stream()
                .filter(t -> t.name().equals("mine"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> call("otto", Role.VIEWER, () -> {
                    tokens.revoke(id);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(token).isNotBlank();
    }

    @Test
    void past_the_rate_limit_the_answer_is_429_with_retry_after() throws Exception {
        String token = token("busy");
        for (int i = 0; i < 5; i++) {
            assertThat(get("api/v1/plans", token).statusCode())
                    .as("request " + (i + 1))
                    .isEqualTo(200);
        }
        HttpResponse<String> limited = get("api/v1/plans", token);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(limited.body()).contains("\"status\":429");
        assertThat(get("api/v1/plans", token("other")).statusCode())
                .as("each token has its own limit")
                .isEqualTo(200);
    }
}
