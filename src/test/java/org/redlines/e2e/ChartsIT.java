package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.charts.ChartService;
import org.redlines.charts.ui.ChartModel;
import org.redlines.charts.ui.ChartModels;
import org.springframework.beans.factory.annotation.Autowired;

/** The charts in Chromium: drawn on a canvas, clickable through to the matrix, and tables with the right numbers. */
class ChartsIT extends BrowserTestBase {

    @Autowired
    private ChartService charts;

    private void open(String query) {
        page.navigate(url("charts?" + query));
        page.locator("#chart canvas").waitFor();
        BrowserSupport.waitForVaadin(page);
    }

    /** True when the chart's canvas has pixels of more than one colour, that is, something is drawn. */
    private boolean canvasHasContent() {
        return (Boolean) page.evaluate("""
                () => {
                  const canvas = document.querySelector('#chart canvas');
                  if (!canvas || canvas.width === 0) return false;
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  const first = data.slice(0, 4).join();
                  for (let i = 4; i < data.length; i += 4 * 97) {
                    if (data.slice(i, i + 4).join() !== first) return true;
                  }
                  return false;
                }""");
    }

    private List<List<String>> htmlTable() {
        List<List<String>> rows = new ArrayList<>();
        Locator trs = page.locator("#chart-table tbody tr");
        for (int i = 0; i < trs.count(); i++) {
            rows.add(trs.nth(i).locator("td").allInnerTexts().stream()
                    .map(String::strip)
                    .toList());
        }
        return rows;
    }

    @Test
    void every_chart_draws_on_a_canvas_and_its_table_shows_the_computed_numbers() {
        for (String kind : List.of("stances", "alignment", "topics", "convergence")) {
            String query = "chart=" + kind + "&plan=US-28";
            open(query);
            page.waitForCondition(this::canvasHasContent);
            ChartModel expected = ChartModels.of(charts.open(Map.of("chart", List.of(kind), "plan", List.of("US-28"))));
            assertThat(htmlTable()).as(kind).isEqualTo(expected.table().rows());
            assertThat(page.locator("#chart").getAttribute("aria-label")).isNotBlank();
            assertThat(page.locator("#chart-summary").innerText()).isEqualTo(expected.summary());
        }
        open("chart=timeline&plan=US-28&point=21");
        page.waitForCondition(this::canvasHasContent);
        assertThat(page.title()).contains("Point 21 over time");
    }

    @SuppressWarnings("unchecked")
    private List<Number> cellCentre() {
        return (List<Number>) page.evaluate("""
                () => {
                  const el = document.querySelector('#chart');
                  const chart = el.echartsInstance();
                  const option = chart.getOption();
                  const xs = option.xAxis[0].data, ys = option.yAxis[0].data;
                  const p = chart.convertToPixel({seriesIndex: 0},
                      [xs.indexOf('Europe (EU and E3)'), ys.indexOf('NATO and alliances')]);
                  const top = el.getBoundingClientRect().top + p[1];
                  if (top < 0 || top > window.innerHeight) {
                    window.scrollBy(0, top - window.innerHeight / 2);
                  }
                  const box = el.getBoundingClientRect();
                  return [box.left + p[0], box.top + p[1]];
                }""");
    }

    private List<Number> settled(java.util.function.Supplier<List<Number>> reading) {
        List<Number> last = reading.get();
        for (int i = 0; i < 20; i++) {
            page.waitForTimeout(250);
            List<Number> now = reading.get();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    @Test
    void clicking_a_heatmap_cell_opens_the_matrix_with_exactly_those_points() {
        open("chart=topics&plan=US-28");
        page.waitForCondition(this::canvasHasContent);
        // The layout may still settle (fonts, the table and summary below, the scroll bar): click where the cell
        // is once two readings a moment apart agree, as a person would.
        List<Number> xy = settled(() -> cellCentre());
        page.mouse().click(xy.get(0).doubleValue(), xy.get(1).doubleValue());
        page.waitForURL(u -> u.contains("/matrix"));
        page.locator(".rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.url()).contains("plan=US-28", "refs=");
        Locator euCells = page.locator("#matrix-grid .rl-cell[data-actor='EU']:visible");
        assertThat(euCells.count()).as("Europe opposes two NATO points").isEqualTo(2);
        for (int i = 0; i < euCells.count(); i++) {
            assertThat(euCells.nth(i).getAttribute("data-stance")).isEqualTo("opposes");
        }
        assertThat(page.locator("#chosen-points").innerText())
                .contains("Showing only points chosen from a chart (2 of them");
    }

    @Test
    void the_chart_downloads_as_png_and_its_table_as_csv() throws IOException {
        open("chart=stances&plan=US-28");
        page.waitForCondition(this::canvasHasContent);
        Download png = page.waitForDownload(() -> page.locator("#download-png").click());
        assertThat(png.suggestedFilename()).isEqualTo("redlines-stances-US-28.png");
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(bytes).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Download csv =
                page.waitForDownload(() -> page.locator("#download-chart-csv").click());
        List<String> lines = Files.readAllLines(csv.path());
        assertThat(lines.getFirst()).isEqualTo("Party,Supports,Conditional,Opposes,Unclear,No position,Red lines");
        assertThat(lines).hasSize(5);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/charts-stances.png")));
    }

    @Test
    void the_charts_follow_the_dark_theme() {
        open("chart=stances&plan=US-28");
        page.waitForCondition(this::canvasHasContent);
        page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/charts-dark.png")));
        assertThat(canvasHasContent()).isTrue();
    }
}
