package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A dataset whose every text carries script and HTML payloads (and spreadsheet formulas), loaded as the app's
 * dataset and opened in every view and export in Chromium: no script runs, no dialog opens, every link is http(s),
 * and the exports hold the text inert.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:hostile-text-it;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/hostile-dataset.json"
        })
class HostileTextIT extends BrowserTestBase {

    static final List<String> PAGES = List.of(
            "matrix?plan=P1",
            "matrix?plan=P1&point=2",
            "matrix?plan=P2&point=1",
            "points/P1/1",
            "points/P1/2",
            "points/P2/1",
            "compare/actors?plan=P1&a=AA&b=CC",
            "compare/plans?plans=P1,P2",
            "changes?from=2020-01-01&to=2030-01-01",
            "charts?plan=P1",
            "charts?plan=P1&chart=alignment",
            "charts?plan=P1&chart=topics",
            "charts?plan=P1&chart=convergence",
            "charts?plan=P1&chart=timeline&point=1",
            "login",
            "no/such/page");

    @Test
    void no_payload_runs_in_any_view_and_every_link_is_http() {
        List<String> dialogs = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.onConsoleMessage(m -> {
            if (m.text().contains("__xss") || m.text().contains("XSS")) {
                markers.add(m.text());
            }
        });
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            page.navigate(url(path));
            page.waitForLoadState();
            BrowserSupport.waitForVaadin(page);
            page.waitForTimeout(300);
            if (!page.content().contains("window.__xss") && !path.equals("login") && !path.startsWith("no/")) {
                problems.add(path + ": the payload text is not shown at all");
            }
            Object ran = page.evaluate("() => window.__xss === undefined ? null : String(window.__xss)");
            if (ran != null) {
                problems.add(path + ": a payload ran");
            }
            @SuppressWarnings("unchecked")
            List<String> schemes = (List<String>) page.evaluate("""
                    () => {
                      const out = [];
                      const visit = root => {
                        root.querySelectorAll('a[href], area[href], [src], form[action]').forEach(e => {
                          const v = e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action');
                          if (v) { out.push(new URL(v, document.baseURI).protocol); }
                        });
                        root.querySelectorAll('*').forEach(e => e.shadowRoot && visit(e.shadowRoot));
                      };
                      visit(document);
                      return out;
                    }""");
            schemes.stream()
                    .filter(s -> !s.equals("http:") && !s.equals("https:") && !s.equals("blob:"))
                    .forEach(s -> problems.add(path + ": a link or source with scheme " + s));
            Object scripts = page.evaluate("() => Array.from(document.querySelectorAll('script'))"
                    + ".filter(s => s.textContent.includes('__xss')).length");
            if (((Number) scripts).intValue() > 0) {
                problems.add(path + ": a payload became a script element");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(dialogs).isEmpty();
        assertThat(markers).isEmpty();
    }

    @Test
    void the_exports_hold_the_payloads_as_inert_text() throws Exception {
        APIResponse csv = page.request().get(url("export/matrix.csv?plan=P1"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        for (String line : csv.text().split("\r\n")) {
            for (String field : CsvLine.parse(line)) {
                assertThat(field).as(line).doesNotStartWith("=").doesNotStartWith("@");
                if (field.startsWith("+") || field.startsWith("-")) {
                    assertThat(field).matches("[-+]\\d+(\\.\\d+)?");
                }
            }
        }
        assertThat(csv.text()).contains("'+SUM(1,2)");

        APIResponse xlsx = page.request().get(url("export/matrix.xlsx?plan=P1"));
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder text = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                text.append(cell).append('\n');
            })));
            assertThat(text).contains("+SUM(1,2)", "<script>window.__xss=1</script>");
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getHyperlink() != null) {
                    assertThat(cell.getHyperlink().getAddress()).startsWith("http");
                }
            })));
        }
    }

    @Test
    void the_feed_and_the_embeds_hold_the_payloads_as_inert_text() throws Exception {
        APIResponse atom = page.request().get(url("feeds/changes.atom?plan=P1"));
        assertThat(atom.status()).isEqualTo(200);
        com.rometools.rome.feed.synd.SyndFeed feed =
                new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(atom.text()));
        assertThat(feed.getEntries()).isNotEmpty();
        assertThat(atom.text()).doesNotContain("<script>");

        for (String embed : List.of("embed/matrix?plan=P1", "embed/charts?plan=P1&chart=stances")) {
            page.navigate(url(embed));
            page.waitForLoadState();
            page.waitForTimeout(300);
            assertThat(page.content()).as(embed).contains("window.__xss");
            assertThat(page.evaluate("() => window.__xss === undefined ? null : String(window.__xss)"))
                    .as(embed)
                    .isNull();
        }
    }
}
