package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.redlines.access.Role;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.DatasetReader;
import org.redlines.dataset.EventKind;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.EventDraft;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Every download a person can click, clicked in Chromium as each role that sees it, and the file read back:
 * the CSVs parsed (matrix and chart table), the workbook, the PDFs and the chart image opened, the dataset read by the importer's own reader and imported
 * again, the backup unzipped. A status code proves nothing: the dataset once answered 200 with {@code {}}.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/downloads-it/${random.uuid}/redlines",
            "redlines.backup.dir=target/downloads-it-backups"
        })
class DownloadsIT extends BrowserTestBase {

    static final String PASSWORD = "downloads-password-12";

    @Autowired
    UserService users;

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    record File(String name, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void accounts() {
        asAdmin(() -> {
            for (var account :
                    List.of(List.of("vera", Role.VIEWER), List.of("ana", Role.ANALYST), List.of("ada", Role.ADMIN))) {
                String name = (String) account.get(0);
                if (users.list().stream().noneMatch(u -> u.username().equals(name))) {
                    users.create(name, PASSWORD, (Role) account.get(1));
                }
            }
            return null;
        });
    }

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "ada",
                        null,
                        List.of(
                                new SimpleGrantedAuthority("ROLE_ADMIN"),
                                new SimpleGrantedAuthority("ROLE_ANALYST"),
                                new SimpleGrantedAuthority("ROLE_VIEWER"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void open(String pathAndQuery, String waitFor) {
        page.navigate(url(pathAndQuery));
        page.locator(waitFor).waitFor();
        BrowserSupport.waitForVaadin(page);
    }

    private File click(String selector) {
        Download download = page.waitForDownload(() -> page.locator(selector).click());
        try {
            return new File(download.suggestedFilename(), Files.readAllBytes(download.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same request the browser would send, with this page's session cookie. */
    private APIResponse fetch(String pathAndQuery) {
        return context.request()
                .get(
                        url(pathAndQuery),
                        com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
    }

    private static List<List<String>> csv(File file) {
        return file.text().lines().map(CsvLine::parse).toList();
    }

    private static String workbookText(File file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            book.forEach(sheet ->
                    sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n'))));
            text.append("sheets=").append(book.getNumberOfSheets());
        }
        return text.toString();
    }

    private static String pdfText(File file) throws IOException {
        PdfReader reader = new PdfReader(file.body());
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** What a reader of the matrix downloads, whoever they are: CSV, XLSX and both briefings, read back. */
    private void readersDownloadTheShownMatrix() throws IOException {
        open("matrix?plan=US-UA-20&actors=RU,UA&topics=territory", "#matrix-grid");
        int shownRows = matrices.open(java.util.Map.of(
                        "plan", List.of("US-UA-20"), "actors", List.of("RU,UA"), "topics", List.of("territory")))
                .matrix()
                .rows()
                .size();
        assertThat(shownRows).isPositive();

        BrowserSupport.openMenu(page, "download");
        File csv = click("#download-csv");
        assertThat(csv.name()).startsWith("redlines-US-UA-20-").endsWith(".csv");
        List<List<String>> lines = csv(csv);
        assertThat(lines.getFirst())
                .containsExactly(
                        "ref",
                        "title",
                        "topic",
                        "UA.stance",
                        "UA.redline",
                        "UA.asOf",
                        "RU.stance",
                        "RU.redline",
                        "RU.asOf");
        assertThat(lines).hasSize(shownRows + 1);
        assertThat(lines.stream()
                        .skip(1)
                        .allMatch(l -> l.size() == lines.getFirst().size()))
                .isTrue();

        BrowserSupport.openMenu(page, "download");
        File xlsx = click("#download-xlsx");
        assertThat(xlsx.name()).startsWith("redlines-US-UA-20-").endsWith(".xlsx");
        assertThat(workbookText(xlsx)).contains("plan=US-UA-20", "Russia", "Ukraine", "sheets=2");

        BrowserSupport.openMenu(page, "download");
        File pdf = click("#download-pdf");
        assertThat(pdf.name()).isEqualTo("redlines-briefing-US-UA-20.pdf");
        assertThat(pdfText(pdf)).contains("US-UA-20", "Russia");

        open("points/US-UA-20/4", "#point-pdf");
        File point = click("#point-pdf");
        assertThat(point.name()).isEqualTo("redlines-briefing-US-UA-20-4.pdf");
        assertThat(pdfText(point)).contains("4.", "Russia", "Ukraine");

        open("charts?chart=stances&plan=US-UA-20&actors=RU,UA", "#download-chart-csv");
        page.waitForCondition(() -> !page.locator("#download-png").isDisabled());
        File table = click("#download-chart-csv");
        assertThat(table.name()).endsWith(".csv");
        List<List<String>> chartRows = csv(table);
        assertThat(chartRows.getFirst()).contains("Party", "Opposes", "Red lines");
        assertThat(chartRows).hasSize(3);
        assertThat(chartRows.stream().skip(1).map(List::getFirst)).containsExactly("Ukraine", "Russia");
        File png = click("#download-png");
        assertThat(png.name()).endsWith(".png");
        assertThat(Arrays.copyOf(png.body(), 8))
                .as("a PNG file")
                .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(png.body().length).isGreaterThan(5_000);

        open("changes", "#events-feed");
        File feed = click("#events-feed");
        assertThat(feed.name()).isEqualTo("redlines-events.ics");
        net.fortuna.ical4j.model.Calendar calendar;
        try {
            calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new ByteArrayInputStream(feed.body()));
        } catch (net.fortuna.ical4j.data.ParserException e) {
            throw new AssertionError("the events feed does not parse", e);
        }
        List<String> titles = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getSummary().getValue())
                .toList();
        assertThat(titles)
                .hasSize(matrices.events(matrices.catalog()).size())
                .contains("Third trilateral round in Geneva, Medinsky leads Russia; territory unresolved");
    }

    @Test
    void anonymous_readers_download_the_matrix_and_briefings_but_not_the_whole_dataset() throws IOException {
        readersDownloadTheShownMatrix();
        open("matrix?plan=US-UA-20", "#matrix-grid");
        BrowserSupport.openMenu(page, "download");
        page.locator("#download-pdf").waitFor();
        assertThat(page.locator("#download-dataset").isVisible()).isFalse();
        APIResponse dataset = fetch("export/dataset.json");
        assertThat(dataset.status()).isIn(302, 401, 403);
        assertThat(dataset.text()).doesNotContain(DatasetReader.FORMAT);
    }

    @Test
    void viewers_download_the_matrix_and_briefings_but_not_the_whole_dataset() throws IOException {
        signIn("vera", PASSWORD);
        readersDownloadTheShownMatrix();
        open("matrix?plan=US-UA-20", "#matrix-grid");
        BrowserSupport.openMenu(page, "download");
        page.locator("#download-pdf").waitFor();
        assertThat(page.locator("#download-dataset").isVisible()).isFalse();
        APIResponse dataset = fetch("export/dataset.json");
        assertThat(dataset.status()).isEqualTo(403);
        assertThat(dataset.text()).doesNotContain(DatasetReader.FORMAT);
    }

    @Test
    void analysts_download_the_whole_dataset_live_and_as_of_a_revision() throws IOException {
        signIn("ana", PASSWORD);
        readersDownloadTheShownMatrix();

        open("matrix?plan=US-UA-20", "#matrix-actions");
        BrowserSupport.openMenu(page, "download");
        File live = click("#download-dataset");
        assertThat(live.name()).isEqualTo("redlines-dataset-" + LocalDate.now() + ".json");
        assertThat(live.text()).startsWith("{\"format\":\"" + DatasetReader.FORMAT + "\"");
        Dataset read = DatasetReader.read(live.text());
        assertThat(read.plans()).extracting(Dataset.PlanEntry::code).contains("US-28", "US-UA-20");
        assertThat(read.actors()).extracting(Dataset.ActorEntry::code).contains("UA", "RU", "US", "EU");
        assertThat(read.points()).hasSizeGreaterThan(40);
        assertThat(read.positions()).hasSizeGreaterThan(100);
        assertThat(read.events()).hasSize(matrices.events(matrices.catalog()).size());

        open("matrix?plan=US-UA-20&rev=1", "#matrix-actions");
        BrowserSupport.openMenu(page, "download");
        File frozen = click("#download-dataset");
        assertThat(frozen.name()).isEqualTo("redlines-dataset-rev1.json");
        Dataset first = DatasetReader.read(frozen.text());
        assertThat(first.positions()).hasSizeGreaterThan(100);

        APIResponse bad = fetch("export/dataset.json?rev=999999");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("revision").doesNotContain("Exception");
    }

    @Test
    void a_downloaded_dataset_imported_again_restores_exactly_what_was_downloaded() throws IOException {
        signIn("ada", PASSWORD);
        open("matrix?plan=US-UA-20", "#matrix-actions");
        BrowserSupport.openMenu(page, "download");
        File before = click("#download-dataset");

        asAdmin(() -> curation.addPosition(
                "US-UA-20",
                "4",
                "RU",
                new PositionDraft(
                        Stance.CONDITIONAL,
                        false,
                        "Changed after the download",
                        LocalDate.now(),
                        List.of(new SourceInfo("Reuters", null, "https://www.reuters.com/world/example", null)))));
        asAdmin(() -> curation.addEvent(new EventDraft(
                LocalDate.of(2026, 6, 1),
                "An event added after the download",
                EventKind.STATEMENT,
                List.of("RU"),
                "",
                List.of(new SourceInfo("Reuters", null, "https://www.reuters.com/world/example", null)))));
        open("matrix?plan=US-UA-20", "#matrix-actions");
        BrowserSupport.openMenu(page, "download");
        File changed = click("#download-dataset");
        assertThat(changed.text())
                .contains("Changed after the download", "An event added after the download")
                .isNotEqualTo(before.text());
        assertThat(DatasetReader.read(before.text()).events())
                .as("the events travel in the dataset too")
                .hasSize(matrices.events(matrices.catalog()).size() - 1);

        open("import", "#dataset-upload");
        page.locator("#dataset-upload input[type=file]")
                .setInputFiles(new FilePayload(before.name(), "application/json", before.body()));
        page.locator("#import-preview").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#import-apply").click();
        page.waitForCondition(
                () -> page.locator("#import-status").textContent().contains("Applied"),
                new Page.WaitForConditionOptions().setTimeout(30000));

        open("matrix?plan=US-UA-20", "#matrix-actions");
        BrowserSupport.openMenu(page, "download");
        File after = click("#download-dataset");
        assertThat(after.text()).isEqualTo(before.text());

        open("import", "#dataset-upload");
        page.locator("#dataset-upload input[type=file]")
                .setInputFiles(new FilePayload(after.name(), "application/json", after.body()));
        page.locator("#import-preview").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#import-status").textContent()).contains("there is nothing to apply");
        assertThat(page.locator("#import-apply").isDisabled()).isTrue();
    }

    @Test
    void administrators_download_the_backup_they_made() throws IOException {
        signIn("ada", PASSWORD);
        open("audit", "#backup-now");
        page.locator("#backup-now").click();
        page.locator("#backup-result a").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/backup.png")));

        File database = click("#backup-result a[href$='.zip']");
        assertThat(database.name()).matches("redlines-\\d{8}-\\d{6}-\\d{3}\\.zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(database.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).anyMatch(n -> n.endsWith(".mv.db"));

        File dataset = click("#backup-result a[href$='.json']");
        assertThat(dataset.name()).matches("redlines-\\d{8}-\\d{6}-\\d{3}\\.json");
        assertThat(DatasetReader.read(dataset.text()).positions()).hasSizeGreaterThan(100);

        String href = page.locator("#backup-result a[href$='.json']").getAttribute("href");
        context.clearCookies();
        assertThat(fetch(href).status()).isIn(302, 401, 403);
        assertThat(fetch("export/backups/..%2F..%2Fpom.xml").status()).isIn(302, 400, 401, 403, 404);
    }
}
