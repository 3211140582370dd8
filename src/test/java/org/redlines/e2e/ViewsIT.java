package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/** The point page, the comparisons and "what moved", each opened by URL in Chromium as a reader would. */
class ViewsIT extends BrowserTestBase {

    private void open(String pathAndQuery, String waitFor) {
        page.navigate(url(pathAndQuery));
        page.locator(waitFor).first().waitFor();
        BrowserSupport.waitForVaadin(page);
    }

    @Test
    void the_point_page_shows_history_and_lineage_and_leads_back_to_the_matrix() {
        open("points/US-28/21?topics=territory", "#positions");
        assertThat(page.locator("h1").innerText()).isEqualTo("21. Territory");
        Locator ukraine = page.locator(".rl-actor-history[data-actor='UA']");
        assertThat(ukraine.locator("li").count()).isGreaterThan(3);
        assertThat(ukraine.locator("li:not(.rl-event)").first().innerText()).contains("CURRENT");
        assertThat(ukraine.locator("li.rl-event").count())
                .as("the events Ukraine took part in stand between its entries")
                .isPositive();
        assertThat(ukraine.innerText()).contains("Hardened", "Softened");
        assertThat(page.locator("#lineage").innerText()).contains("Carried into");
        assertThat(page.title()).contains("Point 21 of US-28");

        page.locator("#back-to-matrix").click();
        page.waitForURL(u -> u.contains("/matrix") && u.contains("point=21"));
        assertThat(page.url()).contains("topics=territory");
        page.locator("#point-detail").waitFor();
    }

    @Test
    void party_vs_party_counts_verdicts_and_filters_to_one() {
        open("compare/actors?plan=US-28&a=UA&b=RU", "#verdict-counts");
        assertThat(page.locator("#verdict-counts").innerText()).contains("All: 28");
        page.locator("#verdict-counts vaadin-button[data-verdict='agree']").click();
        page.waitForURL(u -> u.contains("verdict=agree"));
        BrowserSupport.waitForVaadin(page);
        PlaywrightAssertions.assertThat(page.locator("#compare-grid .rl-verdict:not([data-verdict='agree']):visible"))
                .hasCount(0);
        assertThat(page.locator("#compare-grid .rl-verdict[data-verdict='agree']:visible")
                        .count())
                .isPositive();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/compare-agree.png")));
        assertThat(page.title()).contains("Ukraine vs Russia");
    }

    @Test
    void plan_versions_show_words_added_and_removed() {
        open("compare/plans?plans=US-28,E3-28,US-UA-20", "#versions-grid .rl-version");
        assertThat(page.locator("#versions-grid vaadin-grid-cell-content ins").count())
                .isPositive();
        assertThat(page.locator("#versions-grid vaadin-grid-cell-content del").count())
                .isPositive();
        assertThat(page.locator("#versions-grid [data-status='dropped']").count())
                .isPositive();
        assertThat(page.title()).contains("US-28, E3-28, US-UA-20");
    }

    @Test
    void what_moved_lists_changes_by_date_with_links_to_points() {
        open("changes?from=2025-11-20&to=2025-12-31&trend=softened", "#days");
        Locator items = page.locator(".rl-change");
        assertThat(items.count()).isPositive();
        for (int i = 0; i < items.count(); i++) {
            assertThat(items.nth(i).getAttribute("data-trend")).isEqualTo("softened");
        }
        items.first().locator("a[href^='points/']").click();
        page.waitForURL(u -> u.contains("/points/"));
        page.locator("#positions").waitFor();
    }

    @Test
    void the_side_navigation_reaches_every_view() {
        open("matrix", "#matrix-grid");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Plan versions"))
                .click();
        page.waitForURL(u -> u.contains("/compare/plans"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("What moved"))
                .click();
        page.waitForURL(u -> u.contains("/changes"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Party vs party"))
                .click();
        page.waitForURL(u -> u.contains("/compare/actors"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Red-lines matrix"))
                .click();
        page.waitForURL(u -> u.contains("/matrix"));
    }
}
