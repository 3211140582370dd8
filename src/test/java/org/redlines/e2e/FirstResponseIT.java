package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
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

    /** The tops of the title, the grid's header row and its first eight rows, and the left edges of its columns. */
    private static final String FIRST_GEOMETRY = """
            () => {
              const top = e => Math.round(e.getBoundingClientRect().top);
              const t = document.querySelector('#first-matrix');
              return [top(document.querySelector('#rl-first h1')), top(t.querySelector('thead tr')),
                ...[...t.querySelectorAll('tbody tr')].slice(0, 8).map(top),
                ...[...t.querySelectorAll('thead th')].map(th => Math.round(th.getBoundingClientRect().left))];
            }""";

    private static final String LIVE_GEOMETRY = """
            () => {
              const top = e => Math.round(e.getBoundingClientRect().top);
              const g = document.querySelector('#matrix-grid');
              return [top(document.querySelector('.rl-title')), top(g.shadowRoot.querySelector('thead tr')),
                ...[...g.shadowRoot.querySelectorAll('tbody tr')].slice(0, 8).map(top),
                ...[...g.shadowRoot.querySelectorAll('thead th')].map(th => Math.round(th.getBoundingClientRect().left))];
            }""";

    /** On a phone: the tops of the title, the toolbar, the stances line and the first four cards. */
    private static final String FIRST_CARDS = """
            () => {
              const top = e => Math.round(e.getBoundingClientRect().top);
              return [top(document.querySelector('#rl-first h1')), top(document.querySelector('.rl-first-toolbar')),
                top(document.querySelector('.rl-first-glance')),
                ...[...document.querySelectorAll('#first-matrix tbody tr')].slice(0, 4).map(top)];
            }""";

    private static final String LIVE_CARDS = """
            () => {
              const top = e => Math.round(e.getBoundingClientRect().top);
              return [top(document.querySelector('.rl-title')), top(document.querySelector('.rl-toolbar')),
                top(document.querySelector('.rl-glance')),
                ...[...document.querySelectorAll('.rl-card')].filter(c => c.offsetParent).slice(0, 4).map(top)];
            }""";

    /** The US-UA-20 matrix in a new page of the context, with Lumo, our stylesheet and the client refused. */
    private Page firstViewAlone(BrowserContext context) {
        return firstViewAlone(context, "matrix?plan=US-UA-20");
    }

    private Page firstViewAlone(BrowserContext context, String link) {
        Page p = context.newPage();
        p.route(
                u -> u.contains("lumo.css") || u.contains("styles.css") || u.contains("/VAADIN/build/"),
                r -> r.abort());
        p.navigate(url(link));
        p.locator("#first-matrix tbody tr").first().waitFor();
        return p;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> geometry(Page p, String script) {
        return ((List<Number>) p.evaluate(script))
                .stream().map(Number::intValue).toList();
    }

    @Test
    void the_first_view_stands_where_the_live_matrix_will_be() {
        // the first view alone (the client refused), then the live matrix, in fresh windows of laptop and desktop sizes
        // from a tablet's width: the narrower ones show the stances as icons, as the live grid does there
        for (int[] size : new int[][] {{768, 1024}, {1024, 768}, {1280, 800}, {1440, 900}, {1920, 1080}}) {
            List<Integer> first;
            List<Integer> live;
            try (BrowserContext alone =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page p = firstViewAlone(alone);
                first = geometry(p, FIRST_GEOMETRY);
                screenshot(p, "first-view-alone-" + size[0]);
            }
            try (BrowserContext full =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page p = full.newPage();
                p.navigate(url("matrix?plan=US-UA-20"));
                p.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
                BrowserSupport.waitForVaadin(p);
                live = geometry(p, LIVE_GEOMETRY);
                screenshot(p, "first-view-replaced-" + size[0]);
            }
            System.out.printf("at %dx%d, first view %s, live matrix %s%n", size[0], size[1], first, live);
            assertThat(first).as("title, header row, eight rows, seven columns").hasSize(17);
            assertThat(live).hasSameSizeAs(first);
            for (int i = 0; i < 10; i++) {
                assertThat(first.get(i))
                        .as(
                                "top of the %s at %d px wide",
                                i == 0 ? "title" : i == 1 ? "header row" : "row " + (i - 1), size[0])
                        .isCloseTo(live.get(i), org.assertj.core.data.Offset.offset(4));
            }
            for (int i = 10; i < first.size(); i++) {
                // the party columns share the width by percentages, the live grid by em and flex: within 16 px
                assertThat(first.get(i))
                        .as("left edge of column %d at %d px wide", i - 9, size[0])
                        .isCloseTo(live.get(i), org.assertj.core.data.Offset.offset(16));
            }
        }
    }

    @Test
    void on_a_phone_the_first_view_stands_where_the_live_cards_will_be() {
        // the rows stand in for the live cards, and the toolbar wraps as the live one does with its filter chips
        for (String link : List.of("matrix?plan=US-UA-20", "matrix?plan=US-28&actors=UA,EU,RU&contested=true")) {
            List<Integer> first;
            List<Integer> live;
            String name = link.contains("contested") ? "filtered" : "all";
            try (BrowserContext alone = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
                Page p = firstViewAlone(alone, link);
                first = geometry(p, FIRST_CARDS);
                screenshot(p, "first-view-alone-390-" + name);
            }
            try (BrowserContext full = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
                Page p = full.newPage();
                p.navigate(url(link));
                p.locator(".rl-card-ref").first().waitFor();
                BrowserSupport.waitForVaadin(p);
                live = geometry(p, LIVE_CARDS);
                screenshot(p, "first-view-replaced-390-" + name);
            }
            System.out.printf("at 390x844, %s: first view %s, live cards %s%n", link, first, live);
            assertThat(first).as("title, toolbar, stances, four cards").hasSize(7);
            assertThat(live).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(first.get(i))
                        .as(
                                "top of the %s on a phone, %s",
                                List.of("title", "toolbar", "stances", "card 1", "card 2", "card 3", "card 4")
                                        .get(i),
                                link)
                        .isCloseTo(live.get(i), org.assertj.core.data.Offset.offset(4));
            }
        }
    }

    @Test
    void the_first_view_is_styled_without_the_apps_stylesheets_which_wait_until_it_is_painted() throws Exception {
        // the first answer blocks its paint on nothing: no stylesheet or client script outside the deferred template
        String html = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("matrix?plan=US-UA-20")))
                                .header("User-Agent", "Mozilla/5.0 Chrome/156.0")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(html);
        assertThat(first.select("head > link[rel=stylesheet], head > link[rel=modulepreload], head > script[src]"))
                .as("render-blocking resources in the first answer's head")
                .isEmpty();
        assertThat(first.select("template#rl-deferred link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.contains("lumo.css"))
                .anyMatch(href -> href.contains("styles.css"));
        assertThat(first.select("template#rl-deferred script[type=module][src]"))
                .hasSize(1);

        // where Lumo, our stylesheet and the client never arrive, the first view still has its own look
        try (BrowserContext bare = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            Page p = firstViewAlone(bare);
            assertThat(p.locator("#first-matrix").evaluate("t => getComputedStyle(t).borderCollapse"))
                    .isEqualTo("collapse");
            assertThat(p.locator("#first-matrix td[data-stance='supports'] .rl-first-stance")
                            .first()
                            .evaluate("chip => getComputedStyle(chip).backgroundColor"))
                    .as("a stance's colour without the app's stylesheets (on its chip, as in the live grid)")
                    .isNotEqualTo("rgba(0, 0, 0, 0)");
            assertThat(p.locator("#rl-first").evaluate("d => getComputedStyle(d).marginLeft"))
                    .as("the drawer's room, as the live layout has it")
                    .isEqualTo("256px");
        }

        // with everything arriving, the stylesheets are in the head again, once each, and the live view works
        page.setViewportSize(1366, 768);
        page.navigate(url("matrix?plan=US-UA-20"));
        page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("head > link[rel=stylesheet][href*='lumo.css']").count())
                .isEqualTo(1);
        assertThat(page.locator("head > link[rel=stylesheet][href*='styles.css']")
                        .count())
                .isEqualTo(1);
        assertThat(page.locator("#matrix-grid .rl-cell[data-ref]")
                        .first()
                        .evaluate("c => getComputedStyle(c).borderRadius"))
                .as("Lumo's and our rules apply to the live grid")
                .isNotEqualTo("0px");

        // the client starts only once both stylesheets apply, so it never draws or measures an unstyled live view
        try (BrowserContext watched = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            watched.addInitScript("""
                    window.__sheetsAtClientStart = [];
                    new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
                      if (n.localName === 'script' && n.type === 'module' && n.src) {
                        window.__sheetsAtClientStart.push([...document.styleSheets]
                          .filter(s => s.href && /lumo\\.css|styles\\.css/.test(s.href)).length);
                      }
                    }))).observe(document, {childList: true, subtree: true});""");
            Page p = watched.newPage();
            p.navigate(url("matrix?plan=US-28&point=21"));
            p.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
            BrowserSupport.waitForVaadin(p);
            assertThat(p.evaluate("() => window.__sheetsAtClientStart.join(',')"))
                    .as("Lumo's and our stylesheets loaded when the client's script is added")
                    .isEqualTo("2");
            assertThat(p.locator("#matrix-grid .rl-cell[data-ref='21']").first().isVisible())
                    .as("the grid scrolled to the linked point")
                    .isTrue();
        }
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
