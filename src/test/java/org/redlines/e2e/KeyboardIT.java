package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matrix with the keyboard alone: through the filters to the grid, a row chosen, and into its details. */
class KeyboardIT extends BrowserTestBase {

    private String focused() {
        return (String) page.evaluate("""
                () => {
                  let e = document.activeElement;
                  const path = [];
                  while (e) {
                    path.push((e.id ? '#' + e.id : e.tagName.toLowerCase()));
                    e = e.shadowRoot && e.shadowRoot.activeElement ? e.shadowRoot.activeElement : null;
                  }
                  return path.join(' > ');
                }""");
    }

    private boolean focusInside(String id) {
        return (Boolean) page.evaluate(
                "id => { const host = document.getElementById(id);"
                        + " return !!host && (host.contains(document.activeElement) || host === document.activeElement); }",
                id);
    }

    private boolean tabUntil(String id, int max) {
        for (int i = 0; i < max; i++) {
            page.keyboard().press("Tab");
            if (focusInside(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void filters_grid_and_details_are_reachable_and_usable_with_the_keyboard_alone() {
        page.navigate(url("matrix?plan=US-28"));
        page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);

        page.locator("body").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(1, 1));
        java.util.List<String> stops = new java.util.ArrayList<>();
        boolean reachedGrid = false;
        boolean formOpened = false;
        for (int i = 0; i < 60 && !reachedGrid; i++) {
            page.keyboard().press("Tab");
            stops.add(focused());
            if (!formOpened && focusInside("filters")) {
                // The filter form sits behind its button: Enter opens it, and Tab continues into its fields.
                page.keyboard().press("Enter");
                page.locator("#filter-panel.rl-open").waitFor();
                BrowserSupport.waitForVaadin(page);
                formOpened = true;
            }
            reachedGrid = focusInside("matrix-grid");
        }
        assertThat(stops)
                .as("the filters come before the grid")
                .anyMatch(s -> s.contains("vaadin-multi-select-combo-box")
                        || s.contains("vaadin-combo-box")
                        || s.contains("vaadin-checkbox")
                        || s.contains("vaadin-select"));
        assertThat(reachedGrid).as("Tab reaches the grid; stops: %s", stops).isTrue();
        String focusVisible = (String) page.evaluate("() => { const g = document.getElementById('matrix-grid');"
                + " return g.hasAttribute('navigating') ? 'navigating' : ''; }");
        assertThat(focusVisible).as("the grid shows keyboard focus").isEqualTo("navigating");

        // vaadin-grid has a tab stop for its header and one for its body rows.
        page.keyboard().press("Tab");
        assertThat(focusInside("matrix-grid")).isTrue();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        page.locator("#point-detail").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.url()).contains("point=");
        assertThat(page.locator("#point-detail").isVisible()).isTrue();

        assertThat(tabUntil("point-detail", 40))
                .as("Tab reaches the detail panel")
                .isTrue();
        // Walk the panel one control at a time: close, the point page link, then each party's sources.
        java.util.List<String> panelStops = new java.util.ArrayList<>();
        for (int i = 0; i < 40 && focusInside("point-detail"); i++) {
            panelStops.add((String) page.evaluate("""
                    () => { const e = document.activeElement;
                      return (e.id ? '#' + e.id : e.tagName.toLowerCase())
                        + '|' + (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40)
                        + '|' + (e.getAttribute('target') || ''); }"""));
            page.keyboard().press("Tab");
        }
        assertThat(panelStops).as("stops in the detail panel").hasSizeGreaterThanOrEqualTo(3);
        assertThat(panelStops.getFirst()).as("the first stop closes the panel").contains("Close the point details");
        assertThat(panelStops).as("the point page link").anyMatch(s -> s.startsWith("#open-point-page|"));
        assertThat(panelStops)
                .as("a source opens in a new tab")
                .anyMatch(s -> s.startsWith("a|") && s.endsWith("|_blank"));
        // Back to the point page link with Shift+Tab, and open it with Enter.
        for (int i = 0; i < 60 && !"open-point-page".equals(page.evaluate("() => document.activeElement.id")); i++) {
            page.keyboard().press("Shift+Tab");
        }
        page.keyboard().press("Enter");
        page.locator("#positions").waitFor();
        assertThat(page.url()).contains("/points/US-28/");
    }
}
