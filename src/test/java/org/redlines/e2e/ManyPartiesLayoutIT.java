package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
}
