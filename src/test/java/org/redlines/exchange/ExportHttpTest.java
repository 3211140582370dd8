package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** The exports over HTTP as a reader gets them: public CSV and XLSX that honour rev, and a dataset for analysts. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:export-http;DB_CLOSE_DELAY=-1")
@DirtiesContext
class ExportHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String ruOnPoint4(String csv) {
        return csv.lines().filter(l -> l.startsWith("4,")).findFirst().orElseThrow();
    }

    @Test
    void csv_and_xlsx_are_public_and_a_frozen_link_exports_what_it_shows() throws Exception {
        long before = matrices.latestRevision();
        String liveBefore =
                new String(get("export/matrix.csv?plan=US-UA-20&actors=RU").body());
        assertThat(ruOnPoint4(liveBefore)).contains("opposes");

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "ana", null, List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));
        try {
            curation.addPosition(
                    "US-UA-20",
                    "4",
                    "RU",
                    new PositionDraft(
                            Stance.CONDITIONAL,
                            false,
                            "Would accept a cap",
                            LocalDate.now(),
                            List.of(new SourceInfo("Reuters", null, "https://www.reuters.com/world/example", null))));
        } finally {
            SecurityContextHolder.clearContext();
        }

        HttpResponse<byte[]> live = get("export/matrix.csv?plan=US-UA-20&actors=RU");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(ruOnPoint4(new String(live.body()))).contains("conditional");
        String frozen = new String(
                get("export/matrix.csv?plan=US-UA-20&actors=RU&rev=" + before).body());
        assertThat(frozen).isEqualTo(liveBefore);

        HttpResponse<byte[]> xlsx = get("export/matrix.xlsx?plan=US-UA-20&actors=RU&rev=" + before);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> text.append(cell.toString()).append('\n')));
            assertThat(text).contains("revision " + before).contains("Opposes").doesNotContain("Would accept a cap");
        }
    }

    @Test
    void stale_and_stale_only_reach_the_csv_and_the_workbook() throws Exception {
        String query = "plan=US-UA-20&actors=UA,RU&stale=60&staleOnly=true&asOf=2026-06-30";
        MatrixPage page = matrices.open(MatrixParams.fromServlet(Map.of(
                "plan", new String[] {"US-UA-20"},
                "actors", new String[] {"UA,RU"},
                "stale", new String[] {"60"},
                "staleOnly", new String[] {"true"},
                "asOf", new String[] {"2026-06-30"})));
        long staleCells = page.matrix().rows().stream()
                .flatMap(r -> r.cells().values().stream())
                .filter(page.matrix()::isStale)
                .count();
        assertThat(staleCells).isPositive();

        List<String> csv =
                new String(get("export/matrix.csv?" + query).body()).lines().toList();
        assertThat(csv).hasSize(page.matrix().rows().size() + 1);
        assertThat(csv.getFirst()).contains("UA.asOf", "RU.asOf");

        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(get("export/matrix.xlsx?" + query).body()))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> text.append(cell.toString()).append('\n')));
            assertThat(text)
                    .contains(
                            "cells not confirmed for more than 60 days marked STALE", "only points with a stale cell");
            long marks = text.toString().lines().filter("STALE"::equals).count();
            assertThat(marks).as("one mark per stale cell").isEqualTo(staleCells);
        }
    }

    @Test
    void the_whole_dataset_is_not_for_anonymous_readers() throws Exception {
        HttpResponse<byte[]> response = get("export/dataset.json");
        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(new String(response.body())).doesNotContain("redlines-dataset/1");
    }

    @Test
    void every_page_carries_the_security_headers_and_the_session_cookie_is_guarded() throws Exception {
        HttpResponse<byte[]> page = get("matrix");
        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        String cookie = headers.allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        HttpResponse<byte[]> behindTls = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/matrix"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String secureCookie = behindTls.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(secureCookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        for (String other :
                new String[] {"export/matrix.csv", "login", "VAADIN/build/no-such-file.js", "no/such/page"}) {
            var h = get(other).headers();
            assertThat(h.firstValue("X-Content-Type-Options")).as(other).hasValue("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(other).hasValue("DENY");
            assertThat(h.firstValue("Content-Security-Policy").orElse(""))
                    .as(other)
                    .contains("frame-ancestors 'none'");
        }
    }
}
