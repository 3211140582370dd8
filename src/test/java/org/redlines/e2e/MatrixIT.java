package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The matrix in a real Chromium against the app on a random port, with the seeded default dataset. */
class MatrixIT extends BrowserTestBase {

    private static void open(Page page, String url) {
        page.navigate(url);
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator(".rl-cell[data-ref]").first().waitFor();
    }

    /** Every shown cell as "ref|actor|stance|redline", which does not depend on how the grid orders its DOM. */
    private static Set<String> cells(Page page) {
        BrowserSupport.waitForVaadin(page);
        List<String> out = new ArrayList<>();
        Locator cells = page.locator("#matrix-grid .rl-cell[data-ref]");
        for (int i = 0; i < cells.count(); i++) {
            Locator c = cells.nth(i);
            out.add(c.getAttribute("data-ref") + "|" + c.getAttribute("data-actor") + "|"
                    + c.getAttribute("data-stance") + "|" + c.getAttribute("data-redline"));
        }
        return new TreeSet<>(out);
    }

    private static Set<String> refs(Set<String> cells) {
        Set<String> refs = new TreeSet<>();
        cells.forEach(c -> refs.add(c.substring(0, c.indexOf('|'))));
        return refs;
    }

    @Test
    void filters_changed_in_the_ui_are_in_the_url_and_the_url_reopens_the_same_view() {
        open(page, url("matrix?plan=US-28"));
        Set<String> all = cells(page);
        assertThat(refs(all)).hasSize(28);

        BrowserSupport.openFilters(page);
        page.locator("#filter-redline").click();
        page.waitForURL(u -> u.contains("redline=true"));
        page.locator("#filter-actors input").click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Ukraine"))
                .click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Russia"))
                .click();
        page.keyboard().press("Escape");
        page.waitForURL(u -> u.contains("actors=UA%2CRU") || u.contains("actors=UA,RU"));
        Set<String> filtered = cells(page);

        assertThat(refs(filtered)).isNotEmpty().hasSizeLessThan(28);
        assertThat(filtered).allSatisfy(c -> assertThat(c).matches("[^|]+\\|(UA|RU)\\|.*"));
        assertThat(refs(filtered))
                .allSatisfy(ref -> assertThat(filtered).anyMatch(c -> c.startsWith(ref + "|") && c.endsWith("|true")));

        String shared = page.url();
        BrowserContext colleague = newContext();
        try {
            Page other = colleague.newPage();
            open(other, shared);
            assertThat(cells(other)).isEqualTo(filtered);
            BrowserSupport.openFilters(other);
            assertThat(other.locator("#filter-redline").getAttribute("checked")).isNotNull();
        } finally {
            colleague.close();
        }
    }

    @Test
    void the_back_button_returns_to_the_previous_filter_state() {
        open(page, url("matrix?plan=US-28"));
        Set<String> before = cells(page);
        BrowserSupport.openFilters(page);
        page.locator("#filter-contested").click();
        page.waitForURL(u -> u.contains("contested=true"));
        assertThat(cells(page)).isNotEqualTo(before);
        page.goBack();
        page.waitForURL(u -> !u.contains("contested"));
        assertThat(cells(page)).isEqualTo(before);
    }

    @Test
    void selecting_a_row_shows_its_details_and_the_link_keeps_the_selection() {
        open(page, url("matrix?plan=US-28&topics=territory"));
        page.locator(".rl-cell[data-ref='21']").first().click();
        page.waitForURL(u -> u.contains("point=21"));
        Locator detail = page.locator("#point-detail");
        detail.waitFor();
        assertThat(detail.innerText()).contains("21. Territory", "Ukraine", "Russia");
        Locator source = detail.locator("a[href^='http']").first();
        assertThat(source.getAttribute("target")).isEqualTo("_blank");
        assertThat(source.getAttribute("rel")).isEqualTo("noopener noreferrer");

        Page fresh = newContext().newPage();
        try {
            open(fresh, page.url());
            assertThat(fresh.locator("#point-detail").innerText()).contains("21. Territory");
        } finally {
            fresh.context().close();
        }
    }

    @Test
    void a_malformed_parameter_shows_the_matrix_with_a_notice_and_a_corrected_url() {
        open(page, url("matrix?plan=US-28&redline=maybe&asOf=2025-13-45&actors=UA,XX"));
        Locator notices = page.locator("#notices");
        assertThat(notices.isVisible()).isTrue();
        assertThat(notices.innerText()).contains("maybe", "2025-13-45", "\"XX\"");
        page.waitForURL(u -> !u.contains("maybe"));
        assertThat(page.url()).contains("plan=US-28").doesNotContain("asOf").doesNotContain("XX");
        assertThat(refs(cells(page))).hasSize(28);
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void the_csv_download_matches_the_grid() throws IOException {
        open(page, url("matrix?plan=US-28&actors=UA,EU,RU&stances=opposes"));
        Set<String> shown = cells(page);
        Download download = page.waitForDownload(() -> {
            BrowserSupport.openMenu(page, "download");
            page.locator("#download-csv").click();
        });
        assertThat(download.suggestedFilename()).startsWith("redlines-US-28-").endsWith(".csv");
        Path file = download.path();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst())
                .isEqualTo("ref,title,topic,UA.stance,UA.redline,UA.asOf,EU.stance,EU.redline,EU.asOf,RU.stance,"
                        + "RU.redline,RU.asOf");
        Set<String> fromCsv = new TreeSet<>();
        String[] actors = {"UA", "EU", "RU"};
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = CsvLine.parse(line);
            for (int i = 0; i < actors.length; i++) {
                String stance = f.get(3 + 3 * i);
                fromCsv.add(f.get(0) + "|" + actors[i] + "|" + (stance.isEmpty() ? "none" : stance) + "|"
                        + f.get(4 + 3 * i));
            }
        }
        assertThat(fromCsv).isEqualTo(shown);
    }

    @Test
    void copy_link_puts_the_current_url_on_the_clipboard() {
        context.grantPermissions(
                List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(url("").replaceAll("/$", "")));
        open(page, url("matrix?plan=US-28&topics=territory&point=21"));
        BrowserSupport.openMenu(page, "share");
        page.locator("#copy-link").click();
        page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Link copied"))
                .waitFor();
        Object copied = page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).isEqualTo(page.url());
    }

    @Test
    void hovering_a_cell_shows_the_position_summary_and_its_date() {
        open(page, url("matrix?plan=US-28&actors=UA&topics=territory"));
        page.locator(".rl-cell[data-ref='21'][data-actor='UA']").hover();
        PlaywrightAssertions.assertThat(page.locator("#matrix-grid > vaadin-tooltip"))
                .containsText("as of 2026-02-05");
        page.locator("#matrix-grid vaadin-tooltip-overlay[opened]").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/matrix-tooltip.png")));
    }

    @Test
    void the_page_title_names_the_plan() {
        open(page, url(""));
        assertThat(page.title()).contains("20-point framework");
        open(page, url("matrix?plan=E3-28"));
        assertThat(page.title()).contains("E3");
    }
}
