package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The briefings as Word documents, downloaded over HTTP as an anonymous reader does: opened with Apache POI (the
 * grid, sources as footnotes, the marking in header and footer), then converted by LibreOffice (Debian's
 * package, headless) to PDF, whose text must hold the Ukrainian words as written.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "redlines.export.marking=OFFICIAL-SENSITIVE",
            "spring.datasource.url=jdbc:h2:mem:briefing-docx;DB_CLOSE_DELAY=-1"
        })
class BriefingDocxIT {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

    private static String allText(XWPFDocument doc) {
        StringBuilder out = new StringBuilder();
        doc.getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
        for (XWPFTable table : doc.getTables()) {
            out.append(table.getText()).append('\n');
        }
        return out.toString();
    }

    /** LibreOffice's headless conversion to PDF, and the PDF's text. */
    private static String convertedText(byte[] docx, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/docx"));
        Path file = dir.resolve(name + ".docx");
        Files.write(file, docx);
        Path profile = Files.createTempDirectory("lo-profile");
        Process soffice = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(soffice.getInputStream().readAllBytes());
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice finishes")
                .isTrue();
        assertThat(soffice.exitValue()).as("LibreOffice: " + log).isZero();
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).as("LibreOffice wrote a PDF: " + log).exists();
        return PdfText.of(Files.readAllBytes(pdf));
    }

    @Test
    void the_matrix_briefing_is_a_word_document_that_libreoffice_opens_with_cyrillic_intact() throws Exception {
        HttpResponse<byte[]> response = get("export/briefing.docx?plan=US-28&topics=territory&actors=UA,RU&lang=uk");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(DOCX);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment")
                .contains("redlines-briefing-US-28.docx");

        MatrixPage page = matrices.open(
                Map.of("plan", List.of("US-28"), "topics", List.of("territory"), "actors", List.of("UA,RU")));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String text = allText(doc);
            // the interface's words are Ukrainian; the parties' names are the dataset's own
            assertThat(text)
                    .contains(
                            "Брифінг Redlines",
                            "Фільтри",
                            "Посилання",
                            "http://localhost:" + port + "/matrix?plan=US-28");
            XWPFTable grid = doc.getTables().getFirst();
            assertThat(grid.getRows()).hasSize(page.matrix().rows().size() + 1);
            assertThat(grid.getRow(0).getTableCells().stream()
                            .map(c -> c.getText())
                            .toList())
                    .contains("Ukraine", "Russia");
            for (int i = 0; i < page.matrix().rows().size(); i++) {
                Matrix.Row row = page.matrix().rows().get(i);
                assertThat(grid.getRow(i + 1).getCell(0).getText())
                        .isEqualTo(row.point().ref());
            }
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(n -> !n.getParagraphs().isEmpty()
                            && n.getParagraphs().stream()
                                    .anyMatch(p -> p.getText().contains("http")))
                    .toList();
            assertThat(notes).as("each position's sources are footnotes").isNotEmpty();
            assertThat(doc.getHeaderList().stream().map(h -> h.getText()).collect(Collectors.joining()))
                    .contains("OFFICIAL-SENSITIVE");
            assertThat(doc.getFooterList().stream().map(h -> h.getText()).collect(Collectors.joining()))
                    .contains("OFFICIAL-SENSITIVE");
        }

        String pdf = convertedText(response.body(), "matrix-uk");
        assertThat(pdf).contains("Брифінг Redlines", "Фільтри", "Ukraine", "OFFICIAL-SENSITIVE");
    }

    @Test
    void the_point_briefing_is_a_word_document_with_every_partys_position_and_its_sources() throws Exception {
        HttpResponse<byte[]> response = get("export/point-briefing.docx?plan=US-28&ref=21");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("redlines-briefing-US-28-21.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String text = allText(doc);
            assertThat(text)
                    .contains("Ukraine", "Russia", "United States", "http://localhost:" + port + "/points/US-28/21");
            assertThat(doc.getTables()).as("a point briefing has no grid").isEmpty();
            assertThat(doc.getFootnotes()).isNotEmpty();
        }
        assertThat(convertedText(response.body(), "point-en")).contains("Ukraine", "OFFICIAL-SENSITIVE");

        assertThat(get("export/point-briefing.docx?plan=US-28&ref=999").statusCode())
                .isEqualTo(404);
    }
}
