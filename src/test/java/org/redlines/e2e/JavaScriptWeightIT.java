package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ECharts is loaded only where a chart is shown: the matrix page does not fetch it. Also records the JavaScript
 * bytes each page transfers (compressed, as sent) in target/js-weight.txt.
 */
class JavaScriptWeightIT extends BrowserTestBase {

    private record Load(long scriptBytes, int scripts, boolean chartElementDefined) {}

    private Load load(String pathAndQuery, String waitFor) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<Response> scripts = new ArrayList<>();
            page.onResponse(r -> {
                if (r.request().resourceType().equals("script")) {
                    scripts.add(r);
                }
            });
            page.navigate(url(pathAndQuery));
            page.locator(waitFor).first().waitFor();
            BrowserSupport.waitForVaadin(page);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            long bytes = scripts.stream()
                    .mapToLong(r -> r.request().sizes().responseBodySize)
                    .sum();
            boolean defined = (Boolean) page.evaluate("() => !!customElements.get('rl-echart')");
            return new Load(bytes, scripts.size(), defined);
        }
    }

    @Test
    void the_matrix_page_does_not_load_echarts_and_the_charts_page_does() throws IOException {
        Load matrix = load("matrix", ".rl-cell[data-ref]");
        Load charts = load("charts?chart=stances", "#chart canvas");
        assertThat(matrix.chartElementDefined()).isFalse();
        assertThat(charts.chartElementDefined()).isTrue();
        assertThat(charts.scriptBytes()).isGreaterThan(matrix.scriptBytes());
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target/js-weight.txt"),
                "matrix page: " + matrix.scripts() + " scripts, "
                        + matrix.scriptBytes() + " bytes transferred\ncharts page: " + charts.scripts() + " scripts, "
                        + charts.scriptBytes() + " bytes transferred\n");
    }
}
