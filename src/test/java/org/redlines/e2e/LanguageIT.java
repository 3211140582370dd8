package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The language a page opens in: the browser's, unless the link says {@code lang=}; the switcher changes it and
 * keeps the choice in the link only when it differs from the browser's. Dates follow the language.
 */
class LanguageIT extends BrowserTestBase {

    private void open(Page on, String pathAndQuery) {
        on.navigate(url(pathAndQuery));
        on.locator("#matrix-grid, h1").first().waitFor();
        BrowserSupport.waitForVaadin(on);
    }

    private static String query(Page on) {
        String q = URI.create(on.url()).getRawQuery();
        return q == null ? "" : q;
    }

    @Test
    void a_ukrainian_browser_gets_the_interface_in_ukrainian_with_its_dates() {
        try (BrowserContext ukrainian = browser.newContext(
                new Browser.NewContextOptions().setLocale("uk-UA").setViewportSize(1600, 1600))) {
            Page uk = ukrainian.newPage();
            open(uk, "matrix?plan=US-28");
            assertThat(uk.locator("html").getAttribute("lang")).isEqualTo("uk");
            assertThat(uk.locator("h1").innerText())
                    .startsWith("US 28-point draft")
                    .endsWith("(20.11.2025)");
            assertThat(uk.locator("#side-nav").innerText()).contains("Матриця червоних ліній", "Діаграми");
            BrowserSupport.openMenu(uk, "share");
            assertThat(uk.locator("#copy-link").innerText()).isEqualTo("Копіювати посилання");
            uk.keyboard().press("Escape");
            assertThat(uk.locator("#legend").innerText()).contains("Проти", "ЧЕРВОНА ЛІНІЯ");
            assertThat(uk.title()).startsWith("Червоні лінії: US 28-point draft");
            assertThat(query(uk)).doesNotContain("lang=");
        }
    }

    @Test
    void a_lang_link_wins_over_the_browser_and_stays_while_moving_around() {
        open(page, "matrix?plan=US-28&lang=uk");
        assertThat(page.locator("h1").innerText())
                .startsWith("US 28-point draft")
                .endsWith("(20.11.2025)");
        BrowserSupport.openMenu(page, "share");
        assertThat(page.locator("#copy-link").innerText()).isEqualTo("Копіювати посилання");
        page.keyboard().press("Escape");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("uk");

        page.locator("#side-nav").getByText("Сторона проти сторони").click();
        page.waitForURL(u -> u.contains("/compare/actors"));
        BrowserSupport.waitForVaadin(page);
        page.waitForURL(u -> u.contains("lang=uk"));
        assertThat(page.locator("h1").innerText()).doesNotContain("Party");

        // Filtering the matrix rewrites its link; the language stays in it.
        open(page, "matrix?plan=US-28&lang=uk");
        BrowserSupport.openFilters(page);
        page.locator("#filter-redline").click();
        page.waitForURL(u -> u.contains("redline=true"));
        BrowserSupport.waitForVaadin(page);
        assertThat(query(page)).contains("lang=uk");
    }

    @Test
    void the_switcher_sets_a_language_and_removes_the_parameter_for_the_browsers_own() {
        open(page, "matrix?plan=US-28");
        BrowserSupport.openMenu(page, "share");
        assertThat(page.locator("#copy-link").innerText()).isEqualTo("Copy link");
        page.keyboard().press("Escape");
        page.locator("#language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Українська"))
                .click();
        page.waitForURL(u -> u.contains("lang=uk"));
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        BrowserSupport.openMenu(page, "share");
        assertThat(page.locator("#copy-link").innerText()).isEqualTo("Копіювати посилання");
        page.keyboard().press("Escape");
        assertThat(query(page)).contains("plan=US-28");

        page.locator("#language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English"))
                .click();
        page.waitForURL(u -> !u.contains("lang="));
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        BrowserSupport.openMenu(page, "share");
        assertThat(page.locator("#copy-link").innerText()).isEqualTo("Copy link");
        page.keyboard().press("Escape");
        assertThat(query(page)).contains("plan=US-28");
    }

    @Test
    void an_unknown_language_opens_the_page_in_the_browsers_language_with_a_notice() {
        open(page, "matrix?plan=US-28&lang=xx");
        BrowserSupport.openMenu(page, "share");
        assertThat(page.locator("#copy-link").innerText()).isEqualTo("Copy link");
        page.keyboard().press("Escape");
        assertThat(page.locator("vaadin-notification-card").first().innerText()).contains("\"xx\" is not available");
        page.waitForURL(u -> !u.contains("lang="));
    }

    private String pdfText(String pathAndQuery) throws Exception {
        byte[] pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        return org.redlines.exchange.PdfText.of(pdf);
    }

    /** The briefing PDF is for people: it follows lang=; the CSV is for machines and keeps its codes. */
    @Test
    void exports_follow_the_language_of_the_link() throws Exception {
        String uk = pdfText("export/briefing.pdf?plan=US-28&lang=uk");
        String en = pdfText("export/briefing.pdf?plan=US-28");
        assertThat(uk).contains("Фільтри: план US-28", "Проти").doesNotContain("Filters:");
        assertThat(en).contains("Filters: plan US-28", "Opposes").doesNotContain("Проти");

        HttpClient http = HttpClient.newHttpClient();
        String csvUk = http.send(
                        HttpRequest.newBuilder(URI.create(url("export/matrix.csv?plan=US-28&lang=uk")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String csvEn = http.send(
                        HttpRequest.newBuilder(URI.create(url("export/matrix.csv?plan=US-28")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(csvUk).isEqualTo(csvEn).startsWith("ref,title,topic,");
    }
}
