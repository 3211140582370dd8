package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The matrix and the other views at the sizes policy staff use, on the default dataset: a laptop shows every
 * party and eight rows or more at once, a tablet every party, a phone its rows first as cards, and nothing
 * scrolls sideways except a table that says so.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:layout-it;DB_CLOSE_DELAY=-1")
class LayoutIT extends LayoutChecks {

    static final List<String> PARTIES = List.of("Ukraine", "Europe (EU and E3)", "United States", "Russia");

    @Test
    void on_a_laptop_every_party_is_in_view_and_eight_rows_are_above_the_fold() {
        for (int[] size : List.of(LAPTOP, WIDE_LAPTOP, TABLET)) {
            everyPartyFits(size, "plan=US-UA-20", PARTIES, "4");
            everyPartyFits(size, "plan=US-28", PARTIES, "21");
        }
        at(LAPTOP, "matrix?plan=US-28");
        assertThat(rowsAboveTheFold()).as("rows above the fold at 1366x768").isGreaterThanOrEqualTo(8);
        at(LAPTOP, "matrix?plan=US-UA-20");
        assertThat(rowsAboveTheFold()).as("rows above the fold at 1366x768").isGreaterThanOrEqualTo(8);
        assertThat(page.locator("#filter-panel").isVisible())
                .as("the page opens on the matrix, not the form")
                .isFalse();
    }

    @Test
    void filters_are_chips_on_one_line_that_remove_themselves_and_the_form_is_behind_a_button() {
        at(LAPTOP, "matrix?plan=US-28&actors=UA,RU&redline=true&topics=territory");
        screenshot("1366x768-chips");
        assertThat(page.locator("#filters").innerText()).isEqualTo("Filters (4)");
        assertThat(page.locator("#filter-chips .rl-chip").allInnerTexts())
                .containsExactly("Ukraine", "Russia", "Territory", "Red lines only");
        double chipsTop = page.locator("#chip-party-UA").boundingBox().y;
        assertThat(page.locator("#chip-redline").boundingBox().y).as("one line").isEqualTo(chipsTop);

        page.locator("#chip-party-RU").click();
        page.waitForURL(u -> !u.contains("RU"));
        BrowserSupport.waitForVaadin(page);
        assertThat(page.url()).contains("actors=UA", "redline=true", "topics=territory");
        assertThat(page.locator("#filter-chips .rl-chip").allInnerTexts())
                .containsExactly("Ukraine", "Territory", "Red lines only");

        page.locator("#filters").click();
        page.locator("#filter-panel.rl-open").waitFor();
        assertThat(page.locator("#filters").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.locator("#filter-redline").getAttribute("checked")).isNotNull();
        page.locator("#chips-clear").click();
        page.waitForURL(u -> !u.contains("redline"));
        assertThat(page.url()).contains("plan=US-28").doesNotContain("actors=").doesNotContain("topics=");
    }

    @Test
    void actions_are_four_menus_share_download_print_and_charts() {
        at(LAPTOP, "matrix?plan=US-28");
        assertThat(page.locator("#matrix-actions vaadin-menu-bar-button:visible")
                        .allInnerTexts())
                .map(String::strip)
                .containsExactly("Share", "Download", "Print", "Charts");
        BrowserSupport.openMenu(page, "share");
        assertThat(List.of(
                        page.locator("#copy-link").innerText(),
                        page.locator("#copy-other-link").innerText()))
                .map(String::strip)
                .containsExactly("Copy link", "Copy frozen link");
        page.keyboard().press("Escape");
        BrowserSupport.openMenu(page, "download");
        assertThat(List.of(
                        page.locator("#download-csv").innerText(),
                        page.locator("#download-xlsx").innerText(),
                        page.locator("#download-pdf").innerText()))
                .map(String::strip)
                .containsExactly("Download CSV", "Download XLSX", "Briefing PDF");
        assertThat(page.locator("#download-dataset").isVisible())
                .as("the dataset is for analysts")
                .isFalse();
        screenshot("1366x768-download-menu");
        page.keyboard().press("Escape");
        page.locator("#open-charts").click();
        page.waitForURL(u -> u.contains("/charts") && u.contains("plan=US-28"));
    }

    @Test
    void on_a_phone_the_rows_come_first_as_cards_that_open_full_screen_and_back_keeps_the_place() {
        context.close();
        context = phoneContext();
        page = context.newPage();
        show("matrix?plan=US-28");
        screenshot("390x844-matrix");
        assertThat(pageOverflow()).as("nothing scrolls sideways on a phone").isLessThanOrEqualTo(0);
        assertThat(page.locator("#matrix-grid").isVisible()).isFalse();
        int cardsOnFirstScreen = ((Number)
                        page.evaluate("() => [...document.querySelectorAll('#matrix-cards .rl-card')]"
                                + ".filter(c => c.getBoundingClientRect().top < window.innerHeight).length"))
                .intValue();
        assertThat(cardsOnFirstScreen).as("cards on the phone's first screen").isGreaterThanOrEqualTo(2);
        assertThat(page.locator("#matrix-cards .rl-card").first().innerText()).contains("1", "Ukraine", "Russia");

        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.rl-matrix-view vaadin-button, .rl-matrix-view vaadin-menu-bar-button, .rl-card, .rl-chip')]
                  .filter(e => e.offsetParent !== null)
                  .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
                  .map(e => (e.id || e.className || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().width)
                      + 'x' + Math.round(e.getBoundingClientRect().height))""");
        assertThat(small).as("touch targets smaller than 44 px").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> tiny = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.rl-matrix-view *')]
                  .filter(e => e.offsetParent !== null && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                  .filter(e => parseFloat(getComputedStyle(e).fontSize) < 16)
                  .map(e => e.tagName + '.' + e.className + ' ' + getComputedStyle(e).fontSize + ' ' + e.textContent.trim().slice(0, 20))""");
        assertThat(tiny).as("text under 16 px on a phone").isEmpty();

        page.evaluate("() => document.getElementById('matrix-cards').scrollTop = 700");
        page.waitForTimeout(500);
        int scrolled = ((Number) page.evaluate("() => document.getElementById('matrix-cards').scrollTop")).intValue();
        assertThat(scrolled).isGreaterThan(0);
        String ref = (String) page.evaluate("() => [...document.querySelectorAll('#matrix-cards .rl-card')]"
                + ".find(c => c.getBoundingClientRect().top > 200).dataset.ref");
        var card = page.locator("#matrix-cards .rl-card[data-ref='" + ref + "']");
        card.tap();
        page.waitForURL(u -> u.contains("point=" + ref));
        page.locator("#point-detail").waitFor();
        BrowserSupport.waitForVaadin(page);
        screenshot("390x844-detail");
        var box = page.locator("#point-detail").boundingBox();
        assertThat(box.width).as("the detail covers the screen").isGreaterThanOrEqualTo(PHONE[0] * 0.98);
        assertThat(box.y).isLessThanOrEqualTo(1);
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);

        page.goBack();
        page.waitForURL(u -> !u.contains("point="));
        BrowserSupport.waitForVaadin(page);
        page.waitForTimeout(300);
        assertThat(page.locator("#point-detail").isVisible()).isFalse();
        assertThat(((Number) page.evaluate("() => document.getElementById('matrix-cards').scrollTop")).intValue())
                .as("Back returns to the same place in the list")
                .isEqualTo(scrolled);

        page.locator("#matrix-cards .rl-card[data-ref='" + ref + "']").tap();
        page.locator("#point-detail").waitFor();
        page.locator("#point-detail .rl-detail-close").tap();
        page.waitForURL(u -> !u.contains("point="));
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#point-detail").isVisible()).isFalse();
        assertThat(((Number) page.evaluate("() => document.getElementById('matrix-cards').scrollTop")).intValue())
                .as("closing the detail returns to the same place too")
                .isEqualTo(scrolled);
    }

    @Test
    void the_other_views_do_not_scroll_sideways_on_a_phone_and_charts_fit() {
        for (String view : List.of(
                "points/US-28/21",
                "compare/actors?plan=US-28",
                "compare/plans",
                "changes",
                "charts?chart=stances&plan=US-28",
                "charts?chart=alignment&plan=US-28",
                "charts?chart=timeline&plan=US-28&point=21")) {
            at(PHONE, view);
            page.waitForTimeout(500);
            screenshot("390x844-" + view.replaceAll("[^A-Za-z0-9]+", "_"));
            assertThat(pageOverflow())
                    .as("%s scrolls sideways on a phone", view)
                    .isLessThanOrEqualTo(0);
            if (view.startsWith("charts")) {
                double width = page.locator("#chart").boundingBox().width;
                assertThat(width).as("%s fits the phone", view).isLessThanOrEqualTo(PHONE[0]);
            }
            if (view.equals("compare/plans")) {
                assertThat(page.locator("#versions-scroll-hint").isVisible())
                        .as("the table says it scrolls")
                        .isTrue();
            }
        }
    }

    @Test
    void no_serious_accessibility_violation_at_any_size() throws Exception {
        for (int[] size : List.of(LAPTOP, WIDE_LAPTOP, TABLET, PHONE)) {
            for (String view : List.of("matrix?plan=US-28", "matrix?plan=US-28&point=21")) {
                at(size, view);
                assertThat(Axe.seriousViolations(page))
                        .as("%dx%d %s", size[0], size[1], view)
                        .isEmpty();
            }
        }
    }
}
