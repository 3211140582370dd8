package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.i18n.Words;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PositionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The briefing PDFs as a reader downloads them, opened and read back as text. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "redlines.export.marking=OFFICIAL-SENSITIVE")
class BriefingPdfTest {

    @LocalServerPort
    int port;

    @Autowired
    MatrixService matrices;

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + pathAndQuery))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    private static String start(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.substring(0, Math.min(30, flat.length()));
    }

    @Test
    void the_matrix_briefing_has_title_filters_link_grid_positions_sources_pages_and_marking() throws Exception {
        HttpResponse<byte[]> response = get("export/briefing.pdf?plan=US-28&topics=territory&actors=UA,RU");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = text(response.body());

        MatrixPage page = matrices.open(
                Map.of("plan", List.of("US-28"), "topics", List.of("territory"), "actors", List.of("UA,RU")));
        assertThat(text)
                .contains(
                        "Redlines briefing",
                        "Filters: plan US-28",
                        "Territory",
                        "Link: http://localhost:" + port + "/matrix?plan=US-28",
                        "OFFICIAL-SENSITIVE",
                        "Page 1",
                        "Ukraine",
                        "Russia");
        for (Matrix.Row row : page.matrix().rows()) {
            assertThat(text)
                    .contains(row.point().ref() + ". " + start(row.point().title()));
            PositionInfo ua = row.cell("UA");
            if (ua != null) {
                assertThat(text).contains(start(ua.summary()));
                assertThat(text).contains(Words.stance(ua.stance()));
            }
        }
        var sources = matrices.sourcesOf(page.catalog(), page.matrix());
        assertThat(sources).isNotEmpty();
        assertThat(text)
                .contains(start(sources.values().iterator().next().getFirst().publisher()));
        assertThat(
                        page.matrix().rows().stream()
                                        .flatMap(r -> r.cells().values().stream())
                                        .anyMatch(PositionInfo::redLine)
                                ? text.contains("RED LINE")
                                : true)
                .isTrue();
    }

    @Test
    void the_point_briefing_has_every_party_with_its_current_position_and_its_history() throws Exception {
        HttpResponse<byte[]> response = get("export/point-briefing.pdf?plan=US-28&ref=21");
        assertThat(response.statusCode()).isEqualTo(200);
        String text = text(response.body());
        assertThat(text)
                .contains(
                        "point 21 of US-28",
                        "Plan: US 28-point draft",
                        "Ukraine",
                        "Europe",
                        "United States",
                        "Russia",
                        "OFFICIAL-SENSITIVE",
                        "Link: http://localhost:" + port + "/points/US-28/21");
        assertThat(text)
                .as("the events since the plan's date, of every party")
                .contains(
                        "Events from 2025-11-20 to " + java.time.LocalDate.now(),
                        "US 28-point draft handed to Kyiv",
                        "Third trilateral round in Geneva");
        assertThat(get("export/point-briefing.pdf?plan=US-28&ref=999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_matrix_briefing_lists_the_events_of_its_period_that_involve_a_shown_party() throws Exception {
        String text = text(get("export/briefing.pdf?plan=US-UA-20&actors=UA,RU&asOf=2026-01-31")
                .body());
        assertThat(text)
                .contains(
                        "Events from 2025-12-23 to 2026-01-31",
                        "Talks: First US-Ukraine-Russia trilateral round in Abu Dhabi",
                        "Paris Declaration on a post-ceasefire multinational force")
                .as("after the view's date, before the plan's, or of no shown party")
                .doesNotContain("Third trilateral round in Geneva", "EU agrees EUR 90bn loan", "Hungary blocks");
    }

    @Test
    void stale_cells_are_marked_in_the_briefing_and_stale_only_keeps_their_points() throws Exception {
        MatrixPage page = matrices.open(Map.of(
                "plan", List.of("US-UA-20"),
                "stale", List.of("60"),
                "staleOnly", List.of("true"),
                "asOf", List.of("2026-06-30")));
        assertThat(page.notices()).isEmpty();
        assertThat(page.matrix().rows()).isNotEmpty();
        String text = text(get("export/briefing.pdf?plan=US-UA-20&stale=60&staleOnly=true&asOf=2026-06-30")
                .body());
        assertThat(text)
                .contains(
                        "cells not confirmed for more than 60 days marked STALE",
                        "only points with a stale cell",
                        "STALE");
        for (Matrix.Row row : page.matrix().rows()) {
            assertThat(text)
                    .contains(row.point().ref() + ". " + start(row.point().title()));
        }
        MatrixPage all = matrices.open(Map.of("plan", List.of("US-UA-20")));
        Matrix.Row fresh = all.matrix().rows().stream()
                .filter(r -> page.matrix().rows().stream()
                        .noneMatch(k -> k.point().ref().equals(r.point().ref())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("every point has a stale cell; the test needs a fresh one"));
        assertThat(text)
                .doesNotContain(fresh.point().ref() + ". " + start(fresh.point().title()));
    }
}
