package org.redlines.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as a script calls it, on the fixture (plans P1 and P2, parties AA, BB and CC, topics t1 and t2): the
 * matrix of 48 filter combinations equals the CSV export of the same link, cell by cell and in the same order;
 * {@code rev} gives the frozen state; bad values are problem documents naming each parameter; ETags give 304
 * until the data changes; a point's full history.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-http;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json"
        })
class ApiHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CurationService curation;

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode())
                .as(pathAndQuery + ": " + response.body())
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    /** The CSV export of the same link, as rows of fields (the fixture's texts hold no line breaks). */
    private List<String[]> csv(String query) throws Exception {
        HttpResponse<String> response = get("export/matrix.csv?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String[]> out = new ArrayList<>();
        for (String line : response.body().strip().split("\r?\n")) {
            out.add(org.redlines.e2e.CsvLine.parse(line).toArray(String[]::new));
        }
        return out;
    }

    static List<String> combinations() {
        List<String> out = new ArrayList<>();
        for (String plan : List.of("P1", "P2")) {
            for (String actors : List.of("", "AA", "AA,CC", "CC,AA")) {
                for (String filter : List.of(
                        "", "redline=true", "stances=opposes", "contested=true", "topics=t1", "asOf=2025-02-01")) {
                    String query = "plan=" + plan + (actors.isEmpty() ? "" : "&actors=" + actors)
                            + (filter.isEmpty() ? "" : "&" + filter);
                    out.add(query);
                }
            }
        }
        return out;
    }

    /** The view's own table for the same link (its first response, the same rows and cells the grid shows). */
    private void sameAsTheView(String query, JsonNode matrix, List<String> actors) throws Exception {
        org.jsoup.nodes.Document view =
                org.jsoup.Jsoup.parse(get("matrix?" + query).body());
        org.jsoup.select.Elements shownActors = view.select("#first-matrix thead th[data-actor]");
        assertThat(shownActors.eachAttr("data-actor"))
                .as("the view's columns, " + query)
                .isEqualTo(actors);
        org.jsoup.select.Elements viewRows = view.select("#first-matrix tbody tr");
        JsonNode rows = matrix.get("rows");
        assertThat(viewRows).as("the view's rows, " + query).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            org.jsoup.nodes.Element tr = viewRows.get(r);
            assertThat(tr.attr("data-ref")).isEqualTo(row.get("ref").asString());
            for (String actor : actors) {
                JsonNode cell = row.get("cells").get(actor);
                org.jsoup.nodes.Element td = tr.selectFirst("td[data-actor=" + actor + "]");
                String where = query + " " + row.get("ref").asString() + " " + actor;
                assertThat(td.attr("data-stance"))
                        .as(where)
                        .isEqualTo(
                                cell.get("stance").isNull()
                                        ? "none"
                                        : cell.get("stance").asString());
                assertThat(td.hasAttr("data-redline"))
                        .as(where)
                        .isEqualTo(cell.get("redLine").asBoolean());
                org.jsoup.nodes.Element time = td.selectFirst("time");
                assertThat(time == null ? "" : time.attr("datetime"))
                        .as(where)
                        .isEqualTo(
                                cell.get("asOf").isNull()
                                        ? ""
                                        : cell.get("asOf").asString());
            }
        }
    }

    @Test
    void the_matrix_of_48_links_equals_their_csv_export_and_the_view_cell_by_cell() throws Exception {
        List<String> queries = combinations();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(36);
        int nonEmpty = 0;
        for (String query : queries) {
            JsonNode matrix = json("api/v1/matrix?" + query);
            List<String[]> csv = csv(query);
            String[] header = csv.getFirst();
            List<String> actors = new ArrayList<>();
            matrix.get("actors").forEach(a -> actors.add(a.asString()));
            assertThat(header.length).as(query).isEqualTo(3 + 3 * actors.size());
            for (int i = 0; i < actors.size(); i++) {
                assertThat(header[3 + 3 * i]).as(query).isEqualTo(actors.get(i) + ".stance");
            }
            JsonNode rows = matrix.get("rows");
            assertThat(rows.size()).as(query).isEqualTo(csv.size() - 1);
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                String[] fields = csv.get(r + 1);
                assertThat(row.get("ref").asString()).as(query).isEqualTo(fields[0]);
                assertThat(row.get("title").asString()).as(query).isEqualTo(fields[1]);
                assertThat(row.get("topic").asString()).as(query).isEqualTo(fields[2]);
                for (int i = 0; i < actors.size(); i++) {
                    JsonNode cell = row.get("cells").get(actors.get(i));
                    assertThat(
                                    cell.get("stance").isNull()
                                            ? ""
                                            : cell.get("stance").asString())
                            .as(query + " " + fields[0] + " " + actors.get(i))
                            .isEqualTo(fields[3 + 3 * i]);
                    assertThat(String.valueOf(cell.get("redLine").asBoolean())).isEqualTo(fields[4 + 3 * i]);
                    assertThat(cell.get("asOf").isNull() ? "" : cell.get("asOf").asString())
                            .isEqualTo(fields[5 + 3 * i]);
                }
            }
            assertThat(matrix.get("plan").get("code").asString()).isEqualTo(query.substring(5, 7));
            sameAsTheView(query, matrix, actors);
            if (rows.size() > 0) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("links that show rows").isGreaterThan(30);
    }

    @Test
    void bad_values_are_problem_documents_that_name_each_parameter_and_unknown_names_are_ignored() throws Exception {
        HttpResponse<String> bad = get("api/v1/matrix?plan=NOPE&asOf=2025-13-45&redline=maybe&actors=ZZ&foo=bar");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).endsWith("/invalid-parameters");
        List<String> named = new ArrayList<>();
        problem.get("invalid-params")
                .forEach(p -> named.add(p.get("name").asString() + "="
                        + p.get("value").asString() + ":" + p.get("reason").asString()));
        assertThat(named)
                .contains(
                        "plan=NOPE:unknown",
                        "asOf=2025-13-45:not-a-date",
                        "redline=maybe:not-a-flag",
                        "actors=ZZ:unknown")
                .noneMatch(n -> n.startsWith("foo"));
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at org.");

        assertThat(get("api/v1/matrix?plan=P1&foo=bar").statusCode()).isEqualTo(200);
        HttpResponse<String> rev = get("api/v1/plans?rev=abc");
        assertThat(rev.statusCode()).isEqualTo(400);
        assertThat(rev.body()).contains("\"name\":\"rev\"");
        HttpResponse<String> missing = get("api/v1/points/P1/99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void etags_answer_304_until_the_data_changes_and_rev_gives_the_frozen_state() throws Exception {
        HttpResponse<String> first = get("api/v1/matrix?plan=P1&actors=CC");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("api/v1/matrix?plan=P1&actors=CC", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(get("api/v1/matrix?plan=P1&actors=AA", "If-None-Match", etag).statusCode())
                .as("other parameters, another ETag")
                .isEqualTo(200);
        long before = JSON.readTree(first.body()).get("revision").asLong();

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "ana", null, List.of(new SimpleGrantedAuthority(Role.ANALYST.authority()))));
        try {
            curation.addPosition(
                    "P1",
                    "4",
                    "CC",
                    new PositionDraft(
                            Stance.OPPOSES,
                            true,
                            "CC rules out point 4",
                            LocalDate.of(2025, 10, 1),
                            List.of(new SourceInfo("Wire", null, "https://news.example/cc4", null))));
        } finally {
            SecurityContextHolder.clearContext();
        }
        HttpResponse<String> after = get("api/v1/matrix?plan=P1&actors=CC", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        JsonNode now = JSON.readTree(after.body());
        JsonNode four = null;
        for (JsonNode row : now.get("rows")) {
            if (row.get("ref").asString().equals("4")) {
                four = row.get("cells").get("CC");
            }
        }
        assertThat(four.get("stance").asString()).isEqualTo("opposes");
        assertThat(four.get("sources").asInt()).isEqualTo(1);

        JsonNode frozen = json("api/v1/matrix?plan=P1&actors=CC&rev=" + before);
        assertThat(frozen.get("revision").asLong()).isEqualTo(before);
        assertThat(frozen.toString()).isEqualTo(JSON.readTree(first.body()).toString());
        List<String[]> frozenCsv = csv("plan=P1&actors=CC&rev=" + before);
        assertThat(frozen.get("rows").size()).isEqualTo(frozenCsv.size() - 1);
    }

    @Test
    void a_point_gives_every_partys_history_with_sources_and_the_lists_give_codes() throws Exception {
        JsonNode point = json("api/v1/points/P1/1");
        assertThat(point.get("plan").get("code").asString()).isEqualTo("P1");
        assertThat(point.get("point").get("topic").asString()).isEqualTo("t1");
        JsonNode aa = null;
        for (JsonNode party : point.get("parties")) {
            if (party.get("actor").asString().equals("AA")) {
                aa = party;
            }
        }
        // AA on P1/1: supports (2025-01-05), then opposes with a red line (2025-03-01): newest first
        assertThat(aa.get("entries").get(0).get("stance").asString()).isEqualTo("opposes");
        assertThat(aa.get("entries").get(0).get("redLine").asBoolean()).isTrue();
        assertThat(aa.get("entries").get(0).get("asOf").asString()).isEqualTo("2025-03-01");
        assertThat(aa.get("entries").get(1).get("stance").asString()).isEqualTo("supports");
        assertThat(aa.get("entries").get(1).get("sources").get(0).get("url").asString())
                .startsWith("https://");

        List<String> plans = new ArrayList<>();
        json("api/v1/plans").get("items").forEach(p -> plans.add(p.get("code").asString()));
        assertThat(plans).containsExactly("P1", "P2");
        List<String> actors = new ArrayList<>();
        json("api/v1/actors").get("items").forEach(p -> actors.add(p.get("code").asString()));
        assertThat(actors).containsExactly("AA", "BB", "CC");
        List<String> topics = new ArrayList<>();
        json("api/v1/topics").get("items").forEach(p -> topics.add(p.get("code").asString()));
        assertThat(topics).containsExactly("t1", "t2");
    }
}
