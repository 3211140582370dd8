package org.redlines.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comparisons, moves and events as a script reads them from the seeded dataset: party vs party has a row per
 * point of the plan with a verdict; plan versions a column per plan; the events and the moves come in pages whose
 * links, followed to the end, give every item once, as many events as the calendar export has.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:api-lists;DB_CLOSE_DELAY=-1"})
class ApiListsHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        String path = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Follows the {@code next} links from the first page; every page's items, in order. */
    private List<JsonNode> walk(String first) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            JsonNode page = json(next);
            page.get("items").forEach(items::add);
            JsonNode link = page.get("links").get("next");
            next = link == null || link.isNull() ? null : link.asString();
            assertThat(++pages).as("pages").isLessThan(100);
        }
        return items;
    }

    @Test
    void party_vs_party_has_a_row_per_point_with_a_verdict_and_counts_that_add_up() throws Exception {
        JsonNode comparison = json("api/v1/compare/actors?plan=US-UA-20&a=UA&b=RU");
        JsonNode matrix = json("api/v1/matrix?plan=US-UA-20");
        assertThat(comparison.get("a").asString()).isEqualTo("UA");
        assertThat(comparison.get("b").asString()).isEqualTo("RU");
        assertThat(comparison.get("rows").size()).isEqualTo(matrix.get("rows").size());
        int sum = 0;
        for (JsonNode count : comparison.get("counts")) {
            sum += count.asInt();
        }
        assertThat(sum).isEqualTo(comparison.get("rows").size());
        Set<String> verdicts = new HashSet<>();
        comparison.get("rows").forEach(r -> verdicts.add(r.get("verdict").asString()));
        assertThat(verdicts).isSubsetOf("agree", "partly", "disagree", "clash", "unknown");
        assertThat(comparison.get("rows").get(0).get("a").get("stance").asString())
                .isEqualTo(matrix.get("rows")
                        .get(0)
                        .get("cells")
                        .get("UA")
                        .get("stance")
                        .asString());

        HttpResponse<String> bad = get("api/v1/compare/actors?plan=US-UA-20&a=ZZ&b=RU");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"name\":\"a\"").contains("\"value\":\"ZZ\"");
    }

    @Test
    void plan_versions_have_a_column_per_chosen_plan_in_date_order() throws Exception {
        JsonNode comparison = json("api/v1/compare/plans?plans=US-UA-20,US-28");
        assertThat(comparison.get("plans").size()).isEqualTo(2);
        assertThat(comparison.get("plans").get(0).get("code").asString()).isEqualTo("US-28");
        comparison.get("rows").forEach(row -> assertThat(row.size()).isEqualTo(2));
        String[] plans = {"US-28", "US-UA-20"};
        for (int column = 0; column < 2; column++) {
            List<String> refs = new ArrayList<>();
            for (JsonNode row : comparison.get("rows")) {
                row.get(column).get("refs").forEach(ref -> refs.add(ref.asString()));
            }
            List<String> points = new ArrayList<>();
            json("api/v1/matrix?plan=" + plans[column])
                    .get("rows")
                    .forEach(row -> points.add(row.get("ref").asString()));
            assertThat(refs).as("each point of " + plans[column] + " once").containsExactlyInAnyOrderElementsOf(points);
        }
        assertThat(comparison.get("rows").get(0).get(0).get("status").asString())
                .isEqualTo("origin");
    }

    @Test
    void events_come_in_pages_whose_links_give_every_event_once_as_many_as_the_calendar_has() throws Exception {
        HttpResponse<String> first = get("api/v1/events?size=5");
        assertThat(first.headers().firstValue("Link").orElse(""))
                .contains("rel=\"next\"")
                .contains("page=2");
        JsonNode page = JSON.readTree(first.body());
        assertThat(page.get("items").size()).isEqualTo(5);
        int total = page.get("total").asInt();

        List<JsonNode> all = walk("api/v1/events?size=5");
        assertThat(all).hasSize(total);
        assertThat(all.stream().map(e -> e.get("id").asLong()).distinct().count())
                .isEqualTo(total);
        String calendar = get("export/events.ics").body();
        assertThat(calendar.split("BEGIN:VEVENT", -1).length - 1).isEqualTo(total);

        List<JsonNode> ukraine = walk("api/v1/events?actors=UA&size=7");
        assertThat(ukraine)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("actors").toString()).contains("\"UA\""));
        assertThat(ukraine.size()).isLessThanOrEqualTo(total);
    }

    @Test
    void moves_come_in_pages_and_bad_paging_is_a_problem_document() throws Exception {
        String all = "api/v1/changes?from=2025-01-01&to=2026-06-30";
        JsonNode whole = json(all + "&size=500");
        int total = whole.get("total").asInt();
        assertThat(total).isGreaterThan(20);
        List<JsonNode> walked = walk(all + "&size=20");
        assertThat(walked).hasSize(total);
        assertThat(walked.stream().map(JsonNode::toString).toList())
                .containsExactlyElementsOf(
                        whole.get("items").valueStream().map(JsonNode::toString).toList());
        JsonNode last = json(all + "&size=20&page=" + (total + 19) / 20);
        assertThat(last.get("links").get("next").isNull()).isTrue();
        assertThat(last.get("links").get("prev").asString()).contains("from=2025-01-01");

        HttpResponse<String> bad = get("api/v1/changes?page=0&size=9999");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"name\":\"page\"").contains("\"name\":\"size\"");
    }
}
