package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.redlines.positions.MatrixService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Printing in Chromium (its own PDF output of the print stylesheet): a header says what the page shows, when, and
 * links to it; every row is there; no navigation, filters or buttons.
 */
class PrintIT extends BrowserTestBase {

    @Autowired
    MatrixService matrices;

    @Autowired
    org.redlines.compare.CompareService compare;

    @BeforeEach
    void noPrintDialog() {
        page.addInitScript("window.print = () => { window.__printed = (window.__printed || 0) + 1; };");
    }

    private String printed(String name) throws Exception {
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        page.waitForTimeout(300);
        byte[] pdf = page.pdf(new Page.PdfOptions()
                .setPath(Path.of("target/screenshots/" + name + ".pdf"))
                .setPreferCSSPageSize(true));
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            out.append(extractor.getTextFromPage(i)).append('\n');
        }
        // Chromium positions glyphs one by one, so the extracted text has spaces inside words: compare without any.
        return out.toString().replaceAll("\\s+", "");
    }

    private static String[] bare(String... expected) {
        return java.util.Arrays.stream(expected)
                .map(e -> e.replaceAll("\\s+", ""))
                .toArray(String[]::new);
    }

    @Test
    void the_matrix_prints_every_row_with_a_header_and_no_chrome() throws Exception {
        page.navigate(url("matrix?plan=US-28&topics=territory,armed-forces"));
        page.locator("#print-view").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#print-view").click();
        page.locator(".rl-print-table table")
                .first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.waitForCondition(() -> Integer.valueOf(1).equals(page.evaluate("() => window.__printed")));
        String text = printed("print-matrix");
        assertThat(text)
                .contains(bare(
                        "Red lines: US 28-point draft",
                        "Filters: plan US-28",
                        "Printed:",
                        "Link: http://localhost:" + port + "/matrix?plan=US-28",
                        "Ukraine",
                        "Russia",
                        "Europe"));
        var rows = matrices.open(Map.of("plan", List.of("US-28"), "topics", List.of("territory,armed-forces")))
                .matrix()
                .rows();
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            assertThat(text).contains(bare(row.point().ref() + row.point().title()));
        }
        assertThat(text).doesNotContain(bare("Red-lines matrix", "Copy link", "Party vs party"));
    }

    @Test
    void the_point_page_prints_with_its_header_and_without_navigation() throws Exception {
        page.navigate(url("points/US-28/21"));
        page.locator("#positions").waitFor();
        BrowserSupport.waitForVaadin(page);
        String text = printed("print-point");
        assertThat(text)
                .contains(bare(
                        "Point 21 of US-28",
                        "Printed:",
                        "Link: http://localhost:" + port + "/points/US-28/21",
                        "Positions",
                        "Ukraine",
                        "Russia"))
                .doesNotContain(bare("Back to the matrix", "Red-lines matrix"));
    }

    @Test
    void party_against_party_prints_every_row() throws Exception {
        page.navigate(url("compare/actors?plan=US-28&a=UA&b=RU"));
        page.locator("#print-view").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#print-view").click();
        page.locator(".rl-print-table table")
                .first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        String text = printed("print-compare");
        assertThat(text)
                .contains(bare("Ukraine vs Russia", "Verdict", "Link: http://localhost:" + port + "/compare/actors"));
        var comparison =
                compare.compareActors(Map.of("plan", List.of("US-28"), "a", List.of("UA"), "b", List.of("RU")));
        assertThat(comparison.rows()).hasSize(28);
        for (var row : comparison.rows()) {
            assertThat(text).contains(bare(row.point().ref() + row.point().title()));
        }
    }

    @Test
    void plan_versions_print_every_row() throws Exception {
        page.navigate(url("compare/plans?plans=US-28,E3-28,US-UA-20"));
        page.locator("#print-view").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#print-view").click();
        page.locator(".rl-print-table table")
                .first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        String text = printed("print-versions");
        assertThat(text)
                .contains(bare(
                        "Plan versions: US-28, E3-28, US-UA-20",
                        "Link: http://localhost:" + port + "/compare/plans",
                        "US-28 (2025-11-20)",
                        "Dropped"));
        var versions = compare.comparePlans(Map.of("plans", List.of("US-28,E3-28,US-UA-20")));
        for (var row : versions.table().rows()) {
            for (var cell : row.cells()) {
                for (var p : cell.points()) {
                    assertThat(text).contains(bare(p.ref() + ". " + p.title()));
                }
            }
        }
    }
}
