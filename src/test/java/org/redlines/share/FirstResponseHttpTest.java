package org.redlines.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.redlines.e2e.CsvLine;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first answer for a view's address, fetched over raw HTTP with no JavaScript, on the hand-made fixture: it
 * holds exactly the rows and cells that the CSV export of the same link gives, the notices about what it ignored,
 * and the tags a preview card is made of; link unfurlers and HEAD get it without a session.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:first-response;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json"
        })
class FirstResponseHttpTest {

    static final String SLACK = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";
    static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String pathAndQuery, String userAgent) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + pathAndQuery))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("User-Agent", userAgent)
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String pathAndQuery, String userAgent) throws Exception {
        HttpResponse<String> response = send("GET", pathAndQuery, userAgent);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The first view's table as the CSV writes it: ref, then per party its stance code and red-line flag. */
    private static List<List<String>> tableAsCsv(Document page) {
        Element table = page.getElementById("first-matrix");
        assertThat(table).as("the first answer holds the matrix table").isNotNull();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            List<String> row = new ArrayList<>();
            row.add(tr.attr("data-ref"));
            for (Element td : tr.select("td[data-actor]")) {
                String stance = td.attr("data-stance");
                row.add(stance.equals("none") ? "" : stance);
                row.add(String.valueOf(td.hasAttr("data-redline")));
                row.add(td.select("time").attr("datetime"));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<List<String>> csv(String query) throws Exception {
        String body = send("GET", "export/matrix.csv?" + query, BROWSER).body();
        List<String> lines = body.lines().toList();
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = CsvLine.parse(line);
            List<String> row = new ArrayList<>();
            row.add(fields.get(0));
            row.addAll(fields.subList(3, fields.size()));
            rows.add(row);
        }
        return rows;
    }

    @Test
    void the_first_answer_holds_exactly_the_rows_and_cells_of_the_csv_for_the_same_link() throws Exception {
        for (String query : List.of(
                "plan=P1",
                "plan=P2",
                "plan=P1&actors=AA,CC",
                "plan=P1&topics=t1",
                "plan=P1&stances=opposes",
                "plan=P1&redline=true",
                "plan=P1&contested=true",
                "plan=P1&q=2",
                "plan=P1&asOf=2025-01-15",
                "plan=P1&refs=1,3",
                "plan=P1&stale=30&staleOnly=true",
                "plan=P1&actors=BB&redline=true&topics=t2",
                "plan=P1&rev=1")) {
            Document page = page("matrix?" + query, BROWSER);
            assertThat(tableAsCsv(page)).as(query).isEqualTo(csv(query));
            assertThat(page.getElementById("outlet").child(0).id())
                    .as("the first view sits where the live view will go")
                    .isEqualTo("rl-first");
        }
    }

    @Test
    void ignored_parameters_are_named_in_the_first_answer_and_hostile_links_stay_text() throws Exception {
        Document page = page("matrix?plan=P1&stances=neutral&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", BROWSER);
        Element first = page.getElementById("rl-first");
        assertThat(first.select(".rl-first-notices li").text()).contains("neutral");
        assertThat(first.select("script")).isEmpty();
        assertThat(first.select(".rl-first-filters").text()).contains("<script>alert(1)</script>");
        assertThat(page.select("meta[name=description]").attr("content")).contains("<script>alert(1)</script>");
        assertThat(page.head().select("script:containsData(alert(1))")).isEmpty();
    }

    @Test
    void each_view_describes_itself_for_a_preview_card() throws Exception {
        Document page = page("matrix?plan=P1&actors=CC&redline=true", BROWSER);
        assertThat(page.title()).contains("Red lines: ");
        String description = page.select("meta[name=description]").attr("content");
        assertThat(description).startsWith("Points: ").contains("Filtered: ", "red lines only");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(page.title());
        assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/matrix?plan=P1&actors=CC&redline=true");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isNotBlank();

        Document ukrainian = page("matrix?plan=P1&lang=uk", BROWSER);
        assertThat(ukrainian.select("meta[property=og:locale]").attr("content")).isEqualTo("uk");
        assertThat(ukrainian.selectFirst("html").attr("lang")).isEqualTo("uk");
        assertThat(ukrainian.select("meta[name=description]").attr("content")).startsWith("Пунктів: ");

        Document frozen = page("matrix?plan=P1&rev=1", BROWSER);
        assertThat(frozen.select("meta[name=description]").attr("content")).contains("revision 1");

        Document point = page("points/P1/1", BROWSER);
        assertThat(point.title()).contains("Point 1 of P1");
        assertThat(point.select("#first-positions section[data-actor]")).hasSize(3);
        assertThat(point.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/points/P1/1");
    }

    @Test
    void unfurlers_and_head_requests_get_the_tags_without_a_session() throws Exception {
        for (String agent : List.of(
                SLACK,
                "Twitterbot/1.0",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 "
                        + "Safari/537.36 Edg/124.0 Microsoft Teams")) {
            HttpResponse<String> response = send("GET", "matrix?plan=P1&actors=AA", agent);
            assertThat(response.statusCode()).as(agent).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(agent).isEmpty();
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("meta[property=og:title]").attr("content"))
                    .as(agent)
                    .startsWith("Red lines: ");
            assertThat(tableAsCsv(page)).as(agent).isEqualTo(csv("plan=P1&actors=AA"));
            assertThat(response.body()).as(agent).doesNotContain("window.Vaadin");
        }
        HttpResponse<String> head = send("HEAD", "matrix?plan=P1", BROWSER);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(head.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(head.body()).isEmpty();
        HttpResponse<String> pointHead = send("HEAD", "points/P1/1", SLACK);
        assertThat(pointHead.statusCode()).isEqualTo(200);
        assertThat(pointHead.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void every_page_names_the_app_s_icon_for_tabs_bookmarks_and_preview_cards_and_the_icons_are_there()
            throws Exception {
        for (String[] page : new String[][] {{"matrix", BROWSER}, {"matrix", SLACK}, {"login", BROWSER}}) {
            List<String> icons = page(page[0], page[1])
                    .select("link[rel=icon], link[rel=apple-touch-icon]")
                    .eachAttr("href");
            assertThat(icons)
                    .as(page[0] + " for " + page[1])
                    .containsExactlyInAnyOrder(
                            "/icons/favicon.svg", "/icons/icon-32.png", "/icons/apple-touch-icon.png");
        }
        for (String[] icon : new String[][] {
            {"icons/favicon.svg", "image/svg+xml"},
            {"icons/icon-32.png", "image/png"},
            {"icons/apple-touch-icon.png", "image/png"},
            {"favicon.ico", "image/"}
        }) {
            HttpResponse<String> response = send("GET", icon[0], BROWSER);
            assertThat(response.statusCode()).as(icon[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(icon[0])
                    .startsWith(icon[1]);
        }
    }
}
