package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.bench.BenchDatasets;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** See {@link GeneratedLayout}: the matrix on a generated dataset. */
class ManyPartiesLayoutIT extends GeneratedLayout {

    static final String SIZE = "20,12,1,1";

    @DynamicPropertySource
    static void dataset(DynamicPropertyRegistry registry) throws IOException {
        BenchDatasets.register(registry, SIZE, "layout");
    }

    @Override
    String size() {
        return SIZE;
    }

    @Test
    void ref_and_title_stay_while_the_parties_scroll_and_the_page_says_how_many_are_off_screen() {
        at(LAPTOP, "matrix?plan=PLAN-1");
        screenshot("1366x768-twelve-parties");
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
        assertThat(gridOverflow()).as("the party columns scroll").isGreaterThan(0);
        assertThat(page.locator("#parties-off-screen").innerText()).matches("\\d+ parties off screen: scroll sideways");
        int before =
                Integer.parseInt(page.locator("#parties-off-screen").innerText().split(" ")[0]);

        double titleLeft = page.locator("#matrix-grid vaadin-grid-cell-content:text-is('Point')")
                .boundingBox()
                .x;
        page.evaluate(
                "() => { const t = document.getElementById('matrix-grid').$.table; t.scrollLeft = t.scrollWidth; }");
        page.waitForTimeout(300);
        screenshot("1366x768-twelve-parties-scrolled");
        assertThat(page.locator("#matrix-grid vaadin-grid-cell-content:text-is('Point')")
                        .boundingBox()
                        .x)
                .as("the title column stays")
                .isEqualTo(titleLeft);
        List<String> out = partyHeadersOutOfView(parties());
        assertThat(out)
                .as("the last parties come into view")
                .doesNotContain(parties().getLast());
        assertThat(page.locator("#parties-off-screen").innerText()).matches("\\d+ parties off screen: scroll sideways");
        assertThat(out).hasSizeLessThanOrEqualTo(before);

        at(LAPTOP, "matrix?plan=PLAN-1&actors=A0,A1,A2");
        assertThat(page.locator("#parties-off-screen").isVisible())
                .as("choosing a few parties is the way to compare them")
                .isFalse();
        assertThat(partyHeadersOutOfView(parties().subList(0, 3))).isEmpty();
    }

    /** Title top and height, the first three rows' (or cards') tops and heights, the page's width. */
    private static final String FIRST = """
            () => {
              const box = e => [Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().height)];
              return [...box(document.querySelector('#rl-first h1')),
                ...[...document.querySelectorAll('#first-matrix tbody tr')].slice(0, 3).flatMap(box),
                document.documentElement.scrollWidth];
            }""";

    private static final String LIVE = """
            () => {
              const box = e => [Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().height)];
              const g = document.getElementById('matrix-grid');
              const rows = g && g.offsetParent
                ? [...g.shadowRoot.querySelectorAll("tbody tr")].filter(r => !r.hidden && r.getBoundingClientRect().height > 0)
                    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
                : [...document.querySelectorAll('.rl-card')].filter(c => c.offsetParent);
              return [...box(document.querySelector('.rl-title')), ...rows.slice(0, 3).flatMap(box),
                document.documentElement.scrollWidth];
            }""";

    @SuppressWarnings("unchecked")
    private List<Integer> measure(int[] size, boolean live) {
        try (BrowserContext context =
                browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
            Page p = context.newPage();
            if (!live) {
                p.route(
                        u -> u.contains("lumo.css") || u.contains("styles.css") || u.contains("/VAADIN/build/"),
                        r -> r.abort());
            }
            p.navigate(url("matrix?plan=PLAN-1"));
            if (live) {
                p.locator("#matrix-grid .rl-cell[data-ref]:visible, .rl-card-ref:visible")
                        .first()
                        .waitFor();
                BrowserSupport.waitForVaadin(p);
                p.waitForTimeout(300);
            } else {
                p.locator("#first-matrix tbody tr").first().waitFor();
            }
            return ((List<Number>) p.evaluate(live ? LIVE : FIRST))
                    .stream().map(Number::intValue).toList();
        }
    }

    @Test
    void with_twelve_parties_the_first_view_stands_where_the_live_matrix_will_be() {
        // past six parties the live grid writes the topic under the title and scrolls the parties inside itself;
        // on a phone a long party name wraps inside its chip
        for (int[] size : new int[][] {LAPTOP, PHONE}) {
            List<Integer> first = measure(size, false);
            List<Integer> live = measure(size, true);
            System.out.printf("twelve parties at %dx%d: first view %s, live %s%n", size[0], size[1], first, live);
            assertThat(first).hasSameSizeAs(live).hasSize(9);
            assertThat(first.getLast()).as("the page does not scroll sideways").isEqualTo(size[0]);
            for (int i = 0; i < first.size() - 1; i++) {
                assertThat(first.get(i))
                        .as("at %dx%d, value %d of %s against %s", size[0], size[1], i, first, live)
                        .isCloseTo(live.get(i), org.assertj.core.data.Offset.offset(2));
            }
        }
    }
}
