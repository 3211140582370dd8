package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The first answer in Chromium: readable with JavaScript off (the matrix's rows, words, red lines and working
 * links), then replaced by the live view without a layout shift worth the name.
 */
class FirstResponseIT extends BrowserTestBase {

    /** Adds up the page's layout shifts not caused by input (cumulative layout shift) in {@code window.__cls}. */
    static final String LAYOUT_SHIFT = """
            window.__cls = 0;
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) {
                if (!entry.hadRecentInput) window.__cls += entry.value;
              }
            }).observe({type: 'layout-shift', buffered: true});
            """;

    private void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    @Test
    void without_javascript_the_first_answer_is_a_readable_page_whose_links_work() {
        try (BrowserContext noScript = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(1366, 768))) {
            Page p = noScript.newPage();
            p.navigate(url("matrix?plan=US-UA-20&actors=UA,RU"));
            Locator rows = p.locator("#first-matrix tbody tr");
            assertThat(rows.count()).isEqualTo(19);
            assertThat(p.locator("#first-matrix thead th").allInnerTexts())
                    .containsExactly("Ref", "Point", "Topic", "Ukraine", "Russia");
            assertThat(p.locator("#first-matrix td[data-stance='opposes']").count())
                    .isPositive();
            assertThat(p.locator("#rl-first").isVisible()).isTrue();
            screenshot(p, "first-response-no-js");

            p.locator("#first-matrix tbody tr[data-ref='14'] a").click();
            p.waitForURL(u -> u.contains("/points/US-UA-20/14"));
            assertThat(p.locator("#rl-first h1").innerText()).startsWith("14. ");
            assertThat(p.locator("#first-positions section[data-actor='UA'] li").count())
                    .isPositive();
            screenshot(p, "first-response-point-no-js");
        }
    }

    @Test
    void the_live_view_takes_the_first_views_place_without_a_layout_shift() {
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            try (BrowserContext sized =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page p = sized.newPage();
                p.addInitScript(LAYOUT_SHIFT);
                p.navigate(url("matrix?plan=US-UA-20"));
                p.locator(size[0] > 600 ? "#matrix-grid .rl-cell[data-ref]" : ".rl-card-ref")
                        .first()
                        .waitFor();
                BrowserSupport.waitForVaadin(p);
                p.waitForTimeout(500);
                assertThat(p.locator("#rl-first").isVisible())
                        .as("the first view gives way to the live one")
                        .isFalse();
                double cls = ((Number) p.evaluate("() => window.__cls")).doubleValue();
                System.out.printf(
                        "cumulative layout shift at %dx%d, first view to live matrix: %.4f%n", size[0], size[1], cls);
                assertThat(cls).as("cumulative layout shift at " + size[0]).isLessThan(0.1);
                screenshot(p, "first-response-live-" + size[0]);
            }
        }

        // and the live view answers: a filter from the form changes the link
        page.setViewportSize(1366, 768);
        page.navigate(url("matrix?plan=US-UA-20"));
        page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#filters").click();
        page.locator("#filter-redline").click();
        page.waitForURL(u -> u.contains("redline=true"));
    }

    @Test
    void the_other_views_are_readable_without_javascript_and_give_way_to_the_live_view() {
        String[][] views = {
            {"compare/actors?plan=US-UA-20&a=UA&b=RU", "#first-compare tbody tr", "#compare-grid"},
            {"compare/plans?plans=US-28,US-UA-20", "#first-versions tbody tr", "vaadin-grid"},
            {"changes?from=2025-11-01&to=2026-06-30", "#first-changes li[data-trend]", ".rl-change"},
            {"charts?chart=stances&plan=US-28", "#first-chart-table tbody tr", "#chart-summary"}
        };
        try (BrowserContext noScript = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(1366, 768))) {
            Page p = noScript.newPage();
            for (String[] view : views) {
                p.navigate(url(view[0]));
                assertThat(p.locator(view[1]).count()).as(view[0]).isPositive();
                assertThat(p.locator("#rl-first h1").isVisible()).as(view[0]).isTrue();
                screenshot(p, "first-response-no-js-" + view[0].replaceAll("[^a-z]+", "-"));
            }
            p.navigate(url("charts?chart=stances&plan=US-28"));
            assertThat((Boolean) p.locator("img.rl-first-figure")
                            .evaluate("img => img.complete && img.naturalWidth === 1200"))
                    .as("the chart's picture loads without JavaScript")
                    .isTrue();
        }
        try (BrowserContext live = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            Page p = live.newPage();
            p.addInitScript(LAYOUT_SHIFT);
            for (String[] view : views) {
                p.navigate(url(view[0]));
                p.locator(view[2]).first().waitFor();
                BrowserSupport.waitForVaadin(p);
                p.waitForTimeout(500);
                assertThat(p.locator("#rl-first").count()).as(view[0]).isZero();
                double cls = ((Number) p.evaluate("() => window.__cls")).doubleValue();
                System.out.printf("cumulative layout shift, first view to live, %s: %.4f%n", view[0], cls);
                assertThat(cls).as("cumulative layout shift on " + view[0]).isLessThan(0.1);
            }
        }
    }
}
