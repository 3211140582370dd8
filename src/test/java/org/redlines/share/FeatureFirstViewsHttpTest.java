package org.redlines.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.redlines.changes.Changes;
import org.redlines.changes.ChangesService;
import org.redlines.charts.ChartService;
import org.redlines.charts.ui.ChartModel;
import org.redlines.charts.ui.ChartModels;
import org.redlines.compare.ActorComparison;
import org.redlines.compare.CompareService;
import org.redlines.compare.PlanComparison;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first answers of party vs party, plan versions, what moved and charts, and the embeds, fetched over raw
 * HTTP without JavaScript on the seeded dataset: they hold the rows that each feature's own service gives for the
 * same link, describe themselves for a preview card with a picture of their own, and keep hostile links as text.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:feature-first-views;DB_CLOSE_DELAY=-1")
class FeatureFirstViewsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    CompareService compare;

    @Autowired
    ChangesService changes;

    @Autowired
    ChartService charts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> send(String pathAndQuery, String userAgent) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + pathAndQuery))
                        .header("User-Agent", userAgent)
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Document page(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = send(pathAndQuery, FirstResponseHttpTest.BROWSER);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> query(String query) {
        return com.vaadin.flow.router.QueryParameters.fromString(query).getParameters();
    }

    private String picture(Document page) {
        String src = page.select("meta[property=og:image]").attr("content");
        assertThat(src).startsWith("http://localhost:" + port + "/preview.png?view=");
        return src.substring(src.indexOf("preview.png"));
    }

    private BufferedImage png(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = send(pathAndQuery, "Slackbot-LinkExpanding 1.0");
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        return image;
    }

    @Test
    void party_vs_party_holds_each_point_with_both_stances_and_the_verdict() throws Exception {
        String q = "plan=US-UA-20&a=UA&b=RU";
        Document page = page("compare/actors?" + q);
        ActorComparison expected = compare.compareActors(query(q));
        List<Element> rows = page.select("#first-compare tbody tr");
        assertThat(rows).hasSize(expected.rows().size()).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            ActorComparison.Row want = expected.rows().get(i);
            Element tr = rows.get(i);
            assertThat(tr.attr("data-ref")).isEqualTo(want.point().ref());
            assertThat(tr.select("td[data-actor=UA]").attr("data-stance"))
                    .isEqualTo(want.a() == null ? "none" : want.a().stance().code());
            assertThat(tr.select("td[data-actor=RU]").attr("data-stance"))
                    .isEqualTo(want.b() == null ? "none" : want.b().stance().code());
            assertThat(tr.select("td[data-verdict]").attr("data-verdict"))
                    .isEqualTo(want.verdict().code());
        }
        assertThat(page.select("#first-compare thead th").eachText()).contains("Ukraine", "Russia");
        assertThat(page.title()).isEqualTo("Ukraine vs Russia on US-UA-20 | Redlines");
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/compare/actors?plan=US-UA-20&a=UA&b=RU");
        assertThat(picture(page))
                .contains("view=compare-actors")
                .contains("a=UA")
                .contains("b=RU");
        png(picture(page));
    }

    @Test
    void plan_versions_hold_one_row_per_line_and_a_column_per_plan() throws Exception {
        String q = "plans=US-28,US-UA-20";
        Document page = page("compare/plans?" + q);
        PlanComparison expected = compare.comparePlans(query(q));
        assertThat(page.select("#first-versions tbody tr"))
                .hasSize(expected.table().rows().size());
        assertThat(page.select("#first-versions thead th").eachText())
                .allSatisfy(h -> assertThat(h).containsAnyOf("US-28", "US-UA-20"))
                .hasSize(2);
        assertThat(page.select("#first-versions td[data-status=added]")).isNotEmpty();
        assertThat(page.select("#first-versions td a").first().attr("href")).startsWith("points/");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("Plans US-28, US-UA-20: ");
        png(picture(page));
    }

    @Test
    void what_moved_holds_every_move_of_the_period_with_its_sources() throws Exception {
        String q = "from=2025-11-01&to=2026-06-30";
        Document page = page("changes?" + q);
        Changes expected = changes.changes(query(q));
        assertThat(expected.size()).isPositive();
        assertThat(page.select("#first-changes li[data-trend]")).hasSize(expected.size());
        assertThat(page.select("#first-changes section[data-date]"))
                .hasSize(expected.days().size());
        assertThat(page.select("#first-changes li[data-trend] ul a[href^=http]"))
                .isNotEmpty();
        assertThat(page.select("#first-changes .rl-first-event")).isNotEmpty();
        png(picture(page));
    }

    @Test
    void a_chart_link_holds_the_charts_summary_and_data_table_and_its_own_picture() throws Exception {
        for (String q : List.of("chart=stances&plan=US-UA-20", "chart=topics&plan=US-28", "chart=alignment")) {
            Document page = page("charts?" + q);
            ChartModel expected = ChartModels.of(charts.open(query(q)));
            assertThat(page.getElementById("first-chart-summary").text()).isEqualTo(expected.summary());
            List<Element> rows = page.select("#first-chart-table tbody tr");
            assertThat(rows).as(q).hasSize(expected.table().rows().size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).select("th, td").eachText())
                        .as(q + " row " + i)
                        .isEqualTo(expected.table().rows().get(i).stream()
                                .map(String::strip)
                                .toList());
            }
            Element figure = page.selectFirst("img.rl-first-figure");
            assertThat(figure).isNotNull();
            assertThat(figure.attr("src")).startsWith("/preview.png?view=charts");
            assertThat(figure.attr("alt")).contains(expected.summary());
            png(figure.attr("src").substring(1));
        }
    }

    @Test
    void hostile_links_on_the_feature_views_stay_text_and_are_named_in_a_notice() throws Exception {
        for (String path : List.of(
                "compare/actors?a=%3Cscript%3Ealert(1)%3C/script%3E",
                "compare/plans?plans=%3Cimg%20src=x%20onerror=alert(1)%3E",
                "changes?from=%3Csvg%20onload=alert(1)%3E",
                "charts?chart=%3Cscript%3Ealert(2)%3C/script%3E")) {
            Document page = page(path);
            assertThat(page.select("#rl-first .rl-first-notices li")).as(path).isNotEmpty();
            assertThat(page.select("#rl-first script, #rl-first img[onerror], #rl-first svg"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void unfurlers_get_the_feature_views_without_a_session() throws Exception {
        for (String path : List.of("compare/actors?a=UA&b=RU", "compare/plans", "changes", "charts?chart=topics")) {
            HttpResponse<byte[]> response = send(path, FirstResponseHttpTest.SLACK);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            Document page = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.select("meta[property=og:title]").attr("content"))
                    .as(path)
                    .isNotBlank();
            assertThat(page.select("#rl-first table, #rl-first section").size())
                    .as(path)
                    .isPositive();
        }
    }

    @Test
    void the_embeds_show_the_view_read_only_with_a_link_to_the_full_view_and_refuse_framing_by_default()
            throws Exception {
        HttpResponse<byte[]> response = send("embed/matrix?plan=US-UA-20&actors=UA,RU", FirstResponseHttpTest.BROWSER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        Document embed = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        Document full = page("matrix?plan=US-UA-20&actors=UA,RU");
        assertThat(embed.select("#first-matrix tbody tr").eachAttr("data-ref"))
                .isNotEmpty()
                .isEqualTo(full.select("#first-matrix tbody tr").eachAttr("data-ref"));
        assertThat(embed.getElementById("open-in-redlines").attr("href"))
                .isEqualTo("http://localhost:" + port + "/matrix?plan=US-UA-20&actors=UA,RU");
        assertThat(embed.select("base").attr("target")).isEqualTo("_blank");
        assertThat(embed.select("script, vaadin-app-layout, form, button")).isEmpty();

        Document chart = Jsoup.parse(new String(
                send("embed/charts?chart=stances&plan=US-28", FirstResponseHttpTest.BROWSER)
                        .body(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(chart.select("#first-chart-table tbody tr")).isNotEmpty();
        assertThat(chart.getElementById("open-in-redlines").attr("href"))
                .startsWith("http://localhost:" + port + "/charts?chart=stances");
    }
}
