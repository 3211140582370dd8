package org.redlines.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.SignedIn.call;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.ApiClient;
import org.redlines.access.Role;
import org.redlines.positions.AuditLogService;
import org.redlines.security.ApiTokenInfo;
import org.redlines.security.ApiTokenService;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes as a script makes them (fixture: plan P1, point 1 "Border line", parties AA, BB, CC): an analyst's
 * writing token adds an entry that the matrix then shows and corrects it with its version; a stale version is a
 * 409 carrying what is stored; a bad body names each bad field; a reading token, a viewer's token and no token
 * cannot write, and nothing changes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-writes;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json"
        })
class ApiWriteHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String NEW_ENTRY = """
            {"plan": "P1", "ref": "1", "actor": "CC", "stance": "opposes", "redLine": true,
             "asOf": "2026-05-02", "summary": "Gamma refuses the line outright",
             "sources": [{"publisher": "Wire", "title": "Gamma says no", "url": "https://example.org/g-no",
                          "date": "2026-05-02"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    @Autowired
    AuditLogService audit;

    @BeforeEach
    void people() {
        call("admin", Role.ADMIN, () -> {
            for (var who : new Object[][] {{"anna", Role.ANALYST}, {"vera", Role.VIEWER}}) {
                if (users.list().stream().noneMatch(u -> u.username().equals(who[0]))) {
                    users.create((String) who[0], "a-long-password-1", (Role) who[1]);
                }
            }
            return null;
        });
    }

    private String token(String user, Role role, ApiTokenInfo.Scope scope) {
        return call(user, role, () -> tokens.create("script", scope, Duration.ofDays(1)))
                .text();
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws Exception {
        return new ApiClient(port).send(method, path, token, body, headers);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private JsonNode gammaCell() throws Exception {
        JsonNode matrix = json(send("GET", "api/v1/matrix?plan=P1", null, null));
        for (JsonNode row : matrix.get("rows")) {
            if (row.get("ref").asString().equals("1")) {
                return row.get("cells").get("CC");
            }
        }
        throw new AssertionError("no point 1");
    }

    @Test
    void an_analysts_writing_token_adds_an_entry_the_matrix_shows_then_corrects_it_with_its_version() throws Exception {
        String write = token("anna", Role.ANALYST, ApiTokenInfo.Scope.WRITE);

        HttpResponse<String> added = send("POST", "api/v1/positions", write, NEW_ENTRY);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode entry = json(added);
        long id = entry.get("id").asLong();
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/positions/" + id);
        assertThat(entry.get("stance").asString()).isEqualTo("opposes");
        assertThat(entry.get("sources").get(0).get("url").asString()).isEqualTo("https://example.org/g-no");
        JsonNode cell = gammaCell();
        assertThat(cell.get("stance").asString()).isEqualTo("opposes");
        assertThat(cell.get("redLine").asBoolean()).isTrue();
        assertThat(cell.get("asOf").asString()).isEqualTo("2026-05-02");

        JsonNode point = json(send("GET", "api/v1/points/P1/1", null, null));
        assertThat(point.toString()).contains("\"id\":" + id).contains("Gamma refuses the line outright");

        long version = entry.get("version").asLong();
        String correction = NEW_ENTRY
                .replace("\"opposes\"", "\"conditional\"")
                .replace("\"redLine\": true", "\"redLine\": false")
                .replace("{\"plan\"", "{\"version\": " + version + ", \"plan\"");
        HttpResponse<String> corrected = send("PUT", "api/v1/positions/" + id, write, correction);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(json(corrected).get("version").asLong()).isGreaterThan(version);
        assertThat(gammaCell().get("stance").asString()).isEqualTo("conditional");

        HttpResponse<String> stale = send("PUT", "api/v1/positions/" + id, write, correction);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode conflict = json(stale);
        assertThat(conflict.get("type").asString()).endsWith("/edit-conflict");
        assertThat(conflict.get("current").get("version").asLong())
                .isEqualTo(json(corrected).get("version").asLong());
        assertThat(conflict.get("current").get("stance").asString()).isEqualTo("conditional");

        HttpResponse<String> byIfMatch = send(
                "PUT",
                "api/v1/positions/" + id,
                write,
                NEW_ENTRY,
                "If-Match",
                corrected.headers().firstValue("ETag").orElseThrow());
        assertThat(byIfMatch.statusCode()).as(byIfMatch.body()).isEqualTo(200);
        assertThat(gammaCell().get("stance").asString()).isEqualTo("opposes");

        var log =
                call("admin", Role.ADMIN, () -> audit.audit(new AuditLogService.AuditFilter("anna", null, null, null)));
        assertThat(log)
                .as("the add and both corrections are attributed to the token's owner")
                .hasSize(3);
    }

    @Test
    void a_bad_body_names_each_bad_field_and_changes_nothing() throws Exception {
        String write = token("anna", Role.ANALYST, ApiTokenInfo.Scope.WRITE);
        JsonNode before = gammaCell();

        HttpResponse<String> noSources = send(
                "POST",
                "api/v1/positions",
                write,
                "{\"plan\":\"P1\",\"ref\":\"1\",\"actor\":\"CC\",\"stance\":\"opposes\",\"summary\":\"\"}");
        assertThat(noSources.statusCode()).isEqualTo(400);
        JsonNode problem = json(noSources);
        assertThat(problem.get("type").asString()).endsWith("/invalid-body");
        assertThat(problem.get("invalid-params").toString())
                .contains("\"name\":\"summary\"")
                .contains("\"name\":\"asOf\"")
                .contains("\"name\":\"sources\"")
                .contains("draft.sources-required");

        HttpResponse<String> badStance = send("POST", "api/v1/positions", write, NEW_ENTRY.replace("opposes", "maybe"));
        assertThat(badStance.statusCode()).isEqualTo(400);
        assertThat(badStance.body()).contains("\"name\":\"stance\"").contains("\"value\":\"maybe\"");

        HttpResponse<String> badDate = send(
                "POST", "api/v1/positions", write, NEW_ENTRY.replace("\"asOf\": \"2026-05-02\"", "\"asOf\": \"May\""));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"name\":\"asOf\"").contains("not-a-date");

        HttpResponse<String> noSuchPoint =
                send("POST", "api/v1/positions", write, NEW_ENTRY.replace("\"ref\": \"1\"", "\"ref\": \"99\""));
        assertThat(noSuchPoint.statusCode()).isEqualTo(404);

        HttpResponse<String> notJson = send("POST", "api/v1/positions", write, "stance=opposes");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("malformed-body").doesNotContain("Exception");

        HttpResponse<String> noVersion = send("PUT", "api/v1/positions/1", write, NEW_ENTRY);
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("\"name\":\"version\"");

        assertThat(gammaCell()).isEqualTo(before);
    }

    @Test
    void a_reading_token_a_viewers_token_and_no_token_cannot_write() throws Exception {
        JsonNode before = gammaCell();

        HttpResponse<String> readOnly =
                send("POST", "api/v1/positions", token("anna", Role.ANALYST, ApiTokenInfo.Scope.READ), NEW_ENTRY);
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(readOnly.body()).contains("/forbidden");

        HttpResponse<String> viewer =
                send("POST", "api/v1/positions", token("vera", Role.VIEWER, ApiTokenInfo.Scope.READ), NEW_ENTRY);
        assertThat(viewer.statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = send("POST", "api/v1/positions", null, NEW_ENTRY);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("/sign-in-needed");
        assertThat(anonymous.body()).doesNotContain("Exception");

        assertThat(gammaCell()).isEqualTo(before);
    }
}
