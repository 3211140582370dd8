package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.SignedIn.call;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redlines.ApiClient;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetException;
import org.redlines.dataset.DatasetReader;
import org.redlines.dataset.DatasetWriter;
import org.redlines.dataset.Grade;
import org.redlines.i18n.Words;
import org.redlines.positions.DatasetExportService;
import org.redlines.security.ApiTokenInfo;
import org.redlines.security.ApiTokenService;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graded sources (issue 19, FORMAT.md): an Admiralty grade is read (any case, kept as {@code B2}), refused with its
 * path when it is not one, stored, shown by the API, written back by the dataset export, and taken from an API
 * write; an ungraded source stays ungraded. The fixture's second entry (Alpha on point 1) cites two graded
 * sources.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:graded;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/graded-fixture.json"
        })
class GradedSourcesTest {

    @LocalServerPort
    int port;

    @Autowired
    DatasetExportService export;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws Exception {
        return new ApiClient(port).send(method, path, token, body, headers);
    }

    @Test
    void the_scale_and_its_threshold() {
        assertThat(Grade.parse(" b2 ")).contains(new Grade('B', 2));
        assertThat(Grade.parse("G1")).isEmpty();
        assertThat(Grade.parse("A7")).isEmpty();
        assertThat(Grade.parse("B")).isEmpty();
        Grade b3 = Grade.parse("B3").orElseThrow();
        assertThat(Grade.parse("A1").orElseThrow().meets(b3)).isTrue();
        assertThat(Grade.parse("B3").orElseThrow().meets(b3)).isTrue();
        assertThat(Grade.parse("C1").orElseThrow().meets(b3)).isFalse();
        assertThat(Grade.parse("A4").orElseThrow().meets(b3)).isFalse();
    }

    @Test
    void a_grade_that_is_not_one_is_refused_with_its_path() throws Exception {
        String text = new String(
                getClass().getResourceAsStream("/fixtures/graded-fixture.json").readAllBytes(), StandardCharsets.UTF_8);
        try {
            DatasetReader.read(text.replace("\"A1\"", "\"Z9\""));
            throw new AssertionError("a bad grade was accepted");
        } catch (DatasetException e) {
            assertThat(Words.problems(e))
                    .anySatisfy(p -> assertThat(p)
                            .startsWith("positions[1].sources[1].grade")
                            .contains("Z9"));
        }
        Dataset read = DatasetReader.read(text);
        assertThat(read.positions().get(1).sources())
                .extracting(Dataset.SourceEntry::grade)
                .containsExactly("B2", "A1");
        assertThat(read.positions().get(0).sources().getFirst().grade()).isNull();
    }

    @Test
    void grades_are_stored_shown_by_the_api_and_written_back_by_the_export() throws Exception {
        String point = send("GET", "api/v1/points/P1/1", null, null).body();
        assertThat(point).contains("\"url\":\"https://example.org/a2\",\"date\":null,\"grade\":\"B2\"");
        assertThat(point).contains("\"grade\":\"A1\"");
        assertThat(point).contains("\"url\":\"https://example.org/a1\",\"date\":null,\"grade\":null");

        Dataset exported =
                DatasetReader.read(DatasetWriter.write(call("ana", Role.ANALYST, () -> export.export(null))));
        assertThat(exported.positions().stream()
                        .flatMap(p -> p.sources().stream())
                        .filter(s -> s.grade() != null)
                        .map(s -> s.url() + " " + s.grade()))
                .contains("https://example.org/a2 B2", "https://example.org/a3 A1");
    }

    @Test
    void an_api_write_takes_a_grade_and_refuses_a_bad_one() throws Exception {
        call("admin", Role.ADMIN, () -> {
            if (users.list().stream().noneMatch(u -> u.username().equals("gina"))) {
                users.create("gina", "a-long-password-1", Role.ANALYST);
            }
            return null;
        });
        String token = call(
                        "gina", Role.ANALYST, () -> tokens.create("g", ApiTokenInfo.Scope.WRITE, Duration.ofDays(1)))
                .text();
        String entry = """
                {"plan": "P1", "ref": "1", "actor": "CC", "stance": "opposes", "asOf": "2026-05-02",
                 "summary": "Charlie refuses", "sources": [{"publisher": "Wire", "url": "https://example.org/c9",
                 "grade": "c3"}]}
                """;
        HttpResponse<String> added = send("POST", "api/v1/positions", token, entry);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"grade\":\"C3\"");

        HttpResponse<String> bad = send("POST", "api/v1/positions", token, entry.replace("c3", "Q7"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"name\":\"sources\"").contains("Q7");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    /**
     * {@code minGrade}/{@code weakOnly} through each door a reader uses: the API, the CSV and the workbook, and the
     * page's first answer. Alpha's entry on point 1 cites B2 and A1, Bravo's is ungraded (another test may add a
     * C3 entry for Charlie on point 1, so Charlie is left out here).
     */
    @Test
    void weakly_sourced_cells_are_marked_in_the_api_the_exports_and_the_first_answer() throws Exception {
        JsonNode matrix = JSON.readTree(send("GET", "api/v1/matrix?plan=P1&actors=AA,BB&minGrade=B3", null, null)
                .body());
        JsonNode row1 = matrix.get("rows").get(0);
        assertThat(row1.get("ref").asString()).isEqualTo("1");
        assertThat(row1.at("/cells/AA/weak").asBoolean()).as("B2 meets B3").isFalse();
        assertThat(row1.at("/cells/BB/weak").asBoolean())
                .as("ungraded meets nothing")
                .isTrue();
        assertThat(matrix.get("rows").get(1).at("/cells/AA/weak").asBoolean()).isTrue();
        assertThat(matrix.get("rows").get(4).at("/cells/AA/weak").asBoolean())
                .as("an empty cell is never weak")
                .isFalse();
        assertThat(send("GET", "api/v1/matrix?plan=P1&actors=AA,BB", null, null).body())
                .as("no threshold, no mark")
                .doesNotContain("\"weak\"");
        JsonNode only =
                JSON.readTree(send("GET", "api/v1/matrix?plan=P1&actors=AA&minGrade=b3&weakOnly=true", null, null)
                        .body());
        assertThat(only.get("rows").valueStream().map(r -> r.get("ref").asString()))
                .containsExactly("2", "4");
        HttpResponse<String> bad = send("GET", "api/v1/matrix?plan=P1&minGrade=Z9&weakOnly=true", null, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("minGrade").contains("Z9").contains("weakOnly");

        String csv = send("GET", "export/matrix.csv?plan=P1&actors=AA&minGrade=B3&weakOnly=true", null, null)
                .body();
        assertThat(csv.lines().toList())
                .containsExactly(
                        "ref,title,topic,AA.stance,AA.redline,AA.asOf,AA.weak",
                        "2,Reparations fund,t2,conditional,false,2025-01-05,true",
                        "4,Trade deal,t2,supports,false,,true");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/export/matrix.xlsx?plan=P1&actors=AA,BB&minGrade=B3"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(r -> r.forEach(c -> text.append(c).append('\n')));
            assertThat(text).contains("cells without a source graded B3 or better marked WEAK SOURCES");
            assertThat(text.toString().lines().filter("WEAK SOURCES"::equals).count())
                    .as("one mark per weak cell: 1BB 2AA 2BB 3BB 4AA")
                    .isEqualTo(5);
        }

        Document page =
                Jsoup.parse(send("GET", "matrix?plan=P1&actors=AA,BB&minGrade=B3", null, null, "User-Agent", BROWSER)
                        .body());
        assertThat(page.select("#first-matrix tr[data-ref=1] td[data-actor=AA]").attr("data-weak"))
                .isEmpty();
        assertThat(page.select("#first-matrix tr[data-ref=1] td[data-actor=BB]").attr("data-weak"))
                .isEqualTo("true");
        Document notice = Jsoup.parse(send("GET", "matrix?plan=P1&minGrade=Z9", null, null, "User-Agent", BROWSER)
                .body());
        assertThat(notice.text()).contains("Ignored minGrade=\"Z9\"");
    }
}
