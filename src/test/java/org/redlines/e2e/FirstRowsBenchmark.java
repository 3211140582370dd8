package org.redlines.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.redlines.bench.BenchDatasets;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PositionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * In Chromium, the time from navigation to the first matrix rows visible, median of 20 loads on a warm server,
 * against a static HTML page of the same table served by the same server, so that the ratio holds across
 * machines; and the bytes the first load transfers. Production mode: run after {@code ./mvnw package}.
 * Tag "benchmark"; see docs/PERFORMANCE.md. {@code -Dbench.size=S} or {@code L}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class FirstRowsBenchmark {

    private static final String SIZE = BenchDatasets.size();
    private static final int LOADS = Integer.getInteger("bench.loads", 20);

    @DynamicPropertySource
    static void dataset(DynamicPropertyRegistry registry) throws IOException {
        BenchDatasets.register(registry, SIZE, "first-rows");
    }

    @TestConfiguration
    static class StaticTable {
        /** The static page is the benchmark's own, open to the anonymous browser that loads it. */
        @org.springframework.context.annotation.Bean
        @org.springframework.core.annotation.Order(1)
        org.springframework.security.web.SecurityFilterChain benchStaticPage(
                org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
            return http.securityMatcher("/bench/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .build();
        }

        @RestController
        static class StaticTableController {
            private final MatrixService matrices;

            StaticTableController(MatrixService matrices) {
                this.matrices = matrices;
            }

            /** The same table as the matrix shows, as one static HTML page. */
            @GetMapping(value = "/bench/static-matrix.html", produces = MediaType.TEXT_HTML_VALUE)
            String table(@RequestParam(defaultValue = "") String plan) {
                MatrixPage page = matrices.open(plan.isEmpty() ? Map.of() : Map.of("plan", List.of(plan)));
                Matrix m = page.matrix();
                StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>")
                        .append(HtmlUtils.htmlEscape(m.plan().title()))
                        .append("</title></head><body><table><tr>")
                        .append("<th>Ref</th><th>Point</th><th>Topic</th>");
                m.actors()
                        .forEach(a -> html.append("<th>")
                                .append(HtmlUtils.htmlEscape(a.name()))
                                .append("</th>"));
                html.append("</tr>");
                for (Matrix.Row row : m.rows()) {
                    // the first row's ref is timed as the first view's is (Element Timing)
                    html.append(row == m.rows().getFirst() ? "<tr><td elementtiming=\"first-rows\">" : "<tr><td>")
                            .append(row.point().ref())
                            .append("</td><td>")
                            .append(HtmlUtils.htmlEscape(row.point().title()))
                            .append("</td><td>")
                            .append(HtmlUtils.htmlEscape(row.point().topicName()))
                            .append("</td>");
                    for (ActorInfo a : m.actors()) {
                        PositionInfo cell = row.cell(a.code());
                        html.append("<td title=\"")
                                .append(cell == null ? "" : HtmlUtils.htmlEscape(cell.summary()))
                                .append("\">")
                                .append(cell == null ? "—" : Words.stance(cell.stance()))
                                .append(cell != null && cell.redLine() ? " RED LINE" : "")
                                .append("</td>");
                    }
                    html.append("</tr>");
                }
                return html.append("</table></body></html>").toString();
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MatrixService matrices;

    /**
     * Time to the first rows visible as Playwright sees them (it polls the page, so it waits while the page's
     * scripts hold the main thread), when Chromium painted them (Element Timing, from navigation start; -1
     * without a timed table), to the live grid's rows, to the first filter change accepted (the filters opened and
     * "red lines only" ticked as soon as the live rows are there, until the address shows it; -1 for the static
     * page), and bytes moved.
     */
    private record Sample(double millis, double paintMillis, double liveMillis, double filterMillis, long bytes) {}

    /** When Chromium painted the table marked {@code elementtiming="first-rows"}, from navigation start. */
    static final String PAINTED = """
            () => new Promise(resolve => {
              new PerformanceObserver((list, observer) => {
                const e = list.getEntries().find(x => x.identifier === 'first-rows');
                if (e) { observer.disconnect(); resolve(e.renderTime || e.loadTime); }
              }).observe({type: 'element', buffered: true});
              setTimeout(() => resolve(-1), 3000);
            })""";

    /** The matrix's first rows: the server-rendered first view, or the live grid, whichever shows first. */
    static final String APP_FIRST_ROWS = "#first-matrix tbody tr, .rl-cell[data-ref]";

    static final String APP_LIVE_ROWS = ".rl-cell[data-ref]";

    private static String lastBreakdown = "";

    private static Sample load(Browser browser, String url, String firstRow) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            return load(context, url, firstRow);
        }
    }

    /** One load in the given context: a fresh context has an empty cache, a reused one a warm cache. */
    private static Sample load(BrowserContext context, String url, String firstRow) {
        try (Page page = context.newPage()) {
            List<Response> responses = new ArrayList<>();
            page.onResponse(responses::add);
            long start = System.nanoTime();
            page.navigate(url);
            page.locator(firstRow).first().waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            double liveMillis = millis;
            double filterMillis = -1;
            if (firstRow.equals(APP_FIRST_ROWS)) {
                page.locator(APP_LIVE_ROWS).first().waitFor();
                liveMillis = (System.nanoTime() - start) / 1e6;
                // the first thing a reader changes, through the door a reader uses: the server accepts the change
                // when the address carries it (the view navigates to its new state)
                BrowserSupport.openFilters(page);
                page.locator("#filter-redline").click();
                page.waitForURL(u -> u.contains("redline=true"));
                filterMillis = (System.nanoTime() - start) / 1e6;
            }
            // read afterwards (the entries are buffered), so that waiting for them delays no other figure
            double painted = ((Number) page.evaluate(PAINTED)).doubleValue();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            if (firstRow.equals(APP_FIRST_ROWS)) {
                lastBreakdown = String.valueOf(page.evaluate("""
                        () => {
                          const nav = performance.getEntriesByType('navigation')[0];
                          const res = performance.getEntriesByType('resource');
                          const at = (f) => { const r = res.find(e => e.name.includes(f)); return r ? Math.round(r.responseEnd) : -1; };
                          const scripts = res.filter(e => e.initiatorType === 'script' || e.name.endsWith('.js'));
                          return 'HTML ' + Math.round(nav.responseEnd) + ' ms, DOMContentLoaded '
                            + Math.round(nav.domContentLoadedEventEnd) + ' ms, last script '
                            + Math.round(Math.max(0, ...scripts.map(e => e.responseEnd))) + ' ms, v-r=init answered '
                            + at('v-r=init') + ' ms, first UIDL answered ' + at('v-r=uidl') + ' ms';
                        }"""));
            }
            long bytes = responses.stream()
                    .mapToLong(r ->
                            r.request().sizes().responseBodySize + r.request().sizes().responseHeadersSize)
                    .sum();
            return new Sample(millis, painted, liveMillis, filterMillis, bytes);
        }
    }

    /** Median time of the first answer for the matrix over plain HTTP: as an unfurler gets it, and a browser. */
    private double[] firstAnswerMillis() {
        String plan = SIZE.equals("S") ? "" : "?plan=PLAN-3";
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        double[] out = new double[2];
        String[] agents = {"Slackbot-LinkExpanding 1.0", "Mozilla/5.0 Chrome/156.0"};
        for (int a = 0; a < agents.length; a++) {
            double[] times = new double[100];
            for (int i = -20; i < times.length; i++) {
                long start = System.nanoTime();
                try {
                    http.send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://localhost:" + port + "/matrix" + plan))
                                    .header("User-Agent", agents[a])
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            out[a] = times[times.length / 2];
        }
        return out;
    }

    @Test
    void measure() throws IOException {
        String plan = SIZE.equals("S") ? "" : "PLAN-3";
        String query = plan.isEmpty() ? "" : "?plan=" + plan;
        String matrixUrl = "http://localhost:" + port + "/matrix" + query;
        String staticUrl = "http://localhost:" + port + "/bench/static-matrix.html" + query;
        try (Playwright playwright = BrowserSupport.playwright()) {
            Browser browser = BrowserSupport.launch(playwright);
            for (int i = 0; i < 3; i++) {
                load(browser, matrixUrl, APP_FIRST_ROWS);
                load(browser, staticUrl, "td");
            }
            double[] app = new double[LOADS];
            double[] live = new double[LOADS];
            double[] liveCached = new double[LOADS];
            double[] filter = new double[LOADS];
            double[] filterCached = new double[LOADS];
            double[] plain = new double[LOADS];
            double[] appPaint = new double[LOADS];
            double[] plainPaint = new double[LOADS];
            double[] appPaintCached = new double[LOADS];
            double[] plainPaintCached = new double[LOADS];
            long appBytes = 0;
            long plainBytes = 0;
            for (int i = 0; i < LOADS; i++) {
                Sample a = load(browser, matrixUrl, APP_FIRST_ROWS);
                Sample s = load(browser, staticUrl, "td");
                app[i] = a.millis();
                live[i] = a.liveMillis();
                filter[i] = a.filterMillis();
                plain[i] = s.millis();
                appPaint[i] = a.paintMillis();
                plainPaint[i] = s.paintMillis();
                appBytes = a.bytes();
                plainBytes = s.bytes();
            }
            double[] appCached = new double[LOADS];
            double[] plainCached = new double[LOADS];
            try (BrowserContext cached =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
                load(cached, matrixUrl, APP_FIRST_ROWS);
                load(cached, staticUrl, "td");
                for (int i = 0; i < LOADS; i++) {
                    Sample warm = load(cached, matrixUrl, APP_FIRST_ROWS);
                    appCached[i] = warm.millis();
                    liveCached[i] = warm.liveMillis();
                    filterCached[i] = warm.filterMillis();
                    appPaintCached[i] = warm.paintMillis();
                    Sample plainWarm = load(cached, staticUrl, "td");
                    plainCached[i] = plainWarm.millis();
                    plainPaintCached[i] = plainWarm.paintMillis();
                }
            }
            Arrays.sort(appCached);
            Arrays.sort(appPaint);
            Arrays.sort(plainPaint);
            Arrays.sort(appPaintCached);
            Arrays.sort(plainPaintCached);
            Arrays.sort(live);
            Arrays.sort(liveCached);
            Arrays.sort(filter);
            Arrays.sort(filterCached);
            double[] html = firstAnswerMillis();
            Arrays.sort(plainCached);
            Arrays.sort(app);
            Arrays.sort(plain);
            double appMedian = app[LOADS / 2];
            double plainMedian = plain[LOADS / 2];
            String report = String.format(
                    "dataset %s, %d loads each, Chromium headless, warm server%n"
                            + "matrix: median %.0f ms to the first rows, %d bytes transferred (first load, compressed)%n"
                            + "static page of the same table: median %.0f ms, %d bytes%n"
                            + "ratio matrix/static: %.2f%n"
                            + "with a warm browser cache: matrix median %.0f ms, static %.0f ms, ratio %.2f%n"
                            + "painted (Element Timing, from navigation start; -1: no first view): matrix %.0f ms, "
                            + "static %.0f ms, ratio %.2f; warm cache: matrix %.0f ms, static %.0f ms, ratio %.2f%n"
                            + "live grid (the page answers input): median %.0f ms cold, %.0f ms warm%n"
                            + "first filter change accepted (filters opened, \"red lines only\" ticked once the live rows are there, "
                            + "until the address carries it): median %.0f ms cold, %.0f ms warm%n"
                            + "first answer over HTTP, median of 100: %.1f ms for a link unfurler (the first view alone), "
                            + "%.1f ms for a browser (Vaadin's page with the first view)%n"
                            + "where the time goes (last load, from navigation start): " + lastBreakdown + "%n",
                    SIZE,
                    LOADS,
                    appMedian,
                    appBytes,
                    plainMedian,
                    plainBytes,
                    appMedian / plainMedian,
                    appCached[LOADS / 2],
                    plainCached[LOADS / 2],
                    appCached[LOADS / 2] / plainCached[LOADS / 2],
                    appPaint[LOADS / 2],
                    plainPaint[LOADS / 2],
                    appPaint[LOADS / 2] / plainPaint[LOADS / 2],
                    appPaintCached[LOADS / 2],
                    plainPaintCached[LOADS / 2],
                    appPaintCached[LOADS / 2] / plainPaintCached[LOADS / 2],
                    live[LOADS / 2],
                    liveCached[LOADS / 2],
                    filter[LOADS / 2],
                    filterCached[LOADS / 2],
                    html[0],
                    html[1]);
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/first-rows-" + SIZE + ".txt"), report);
        }
    }
}
