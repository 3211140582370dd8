package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures what a person sees of the matrix at one screen size, in Chromium: whether anything scrolls sideways,
 * where each party's column header lies, how many rows are above the fold. Screenshots go to target/layout.
 */
abstract class LayoutChecks extends BrowserTestBase {

    static final int[] LAPTOP = {1366, 768};
    static final int[] WIDE_LAPTOP = {1440, 900};
    static final int[] TABLET = {768, 1024};
    static final int[] PHONE = {390, 844};

    /** A fresh page of the given size, showing {@code pathAndQuery} once Vaadin has drawn it. */
    Page at(int[] size, String pathAndQuery) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]));
        page = context.newPage();
        show(pathAndQuery);
        return page;
    }

    void show(String pathAndQuery) {
        page.navigate(url(pathAndQuery));
        page.locator("vaadin-app-layout").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.waitForTimeout(400);
        BrowserSupport.waitForVaadin(page);
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/layout/" + name + ".png")));
    }

    /** How far the page itself scrolls sideways, in pixels (0 when it fits). */
    int pageOverflow() {
        return ((Number) page.evaluate(
                        "() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth"))
                .intValue();
    }

    /** How far the matrix grid's own body scrolls sideways, in pixels. */
    int gridOverflow() {
        return ((Number) page.evaluate("() => { const t = document.getElementById('matrix-grid').$.table;"
                        + " return t.scrollWidth - t.clientWidth; }"))
                .intValue();
    }

    /** The party column headers (by name) that are not wholly inside both the grid's visible body and the window. */
    @SuppressWarnings("unchecked")
    List<String> partyHeadersOutOfView(List<String> parties) {
        return (List<String>) page.evaluate("""
                names => {
                  const grid = document.getElementById('matrix-grid');
                  const box = grid.$.table.getBoundingClientRect();
                  const right = Math.min(box.right, window.innerWidth);
                  const headers = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                      .filter(c => names.includes(c.textContent.trim()) && c.closest('vaadin-grid') === grid
                          && c.assignedSlot && c.assignedSlot.closest('th'));
                  const seen = headers.map(c => c.textContent.trim());
                  const outside = headers.filter(c => {
                    const r = c.assignedSlot.closest('th').getBoundingClientRect();
                    return r.left < box.left - 1 || r.right > right + 1 || r.width === 0;
                  }).map(c => c.textContent.trim());
                  return outside.concat(names.filter(n => !seen.includes(n)).map(n => n + ' (no header)'));
                }""", parties);
    }

    /** Red-line cells in view whose mark is hidden or cut off by the cell's edge: a red line must always show. */
    int cutRedLineMarks() {
        return ((Number) page.evaluate("""
                        () => [...document.querySelectorAll('#matrix-grid .rl-cell.rl-is-redline')]
                          .filter(c => c.getBoundingClientRect().width > 0)
                          .filter(c => {
                            const mark = c.querySelector('.rl-redline-mark').getBoundingClientRect();
                            const cell = c.getBoundingClientRect();
                            return mark.width === 0 || mark.right > cell.right + 0.5;
                          }).length""")).intValue();
    }

    /** Body rows of the grid wholly visible in the window below the header: what is "above the fold". */
    int rowsAboveTheFold() {
        return ((Number) page.evaluate("""
                        () => {
                          const grid = document.getElementById('matrix-grid');
                          const top = grid.$.header.getBoundingClientRect().bottom;
                          const bottom = Math.min(window.innerHeight, grid.$.table.getBoundingClientRect().bottom);
                          return [...grid.$.items.children].filter(tr => {
                            const r = tr.getBoundingClientRect();
                            return !tr.hidden && r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1;
                          }).length;
                        }""")).intValue();
    }

    /** The matrix at one laptop size: nothing sideways, every party in view, with and without the detail panel. */
    void everyPartyFits(int[] size, String query, List<String> parties, String ref) {
        for (boolean detail : new boolean[] {false, true}) {
            String link = "matrix?" + query + (detail ? "&point=" + ref : "");
            at(size, link);
            String what = size[0] + "x" + size[1] + " " + link;
            screenshot(
                    size[0] + "x" + size[1] + "-" + query.replaceAll("[^A-Za-z0-9]+", "_") + (detail ? "-detail" : ""));
            assertThat(pageOverflow())
                    .as("the page scrolls sideways at %s", what)
                    .isLessThanOrEqualTo(0);
            if (detail) {
                assertThat(page.locator("#point-detail").isVisible()).as(what).isTrue();
            }
            if (detail && size[0] < 1024) {
                // Below a laptop's width the detail covers the grid, which keeps every party for when it closes.
                assertThat(page.locator("#point-detail").boundingBox().width)
                        .as("the detail covers the screen at %s", what)
                        .isGreaterThanOrEqualTo(size[0] * 0.98);
                continue;
            }
            assertThat(gridOverflow())
                    .as("the grid scrolls sideways at %s", what)
                    .isLessThanOrEqualTo(1);
            assertThat(partyHeadersOutOfView(parties))
                    .as("party headers out of view at %s", what)
                    .isEmpty();
            assertThat(cutRedLineMarks()).as("red-line marks cut at %s", what).isZero();
        }
    }

    BrowserContext phoneContext() {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE[0], PHONE[1])
                .setHasTouch(true)
                .setIsMobile(true));
    }
}
