package org.redlines.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser: the path comes from
 * {@code -Dredlines.chromium} or {@code CHROMIUM}, else the first {@code chromium} on the PATH.
 */
final class BrowserSupport {

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private BrowserSupport() {}

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(ARGS));
    }

    static Path chromium() {
        String configured = System.getProperty("redlines.chromium", System.getenv("CHROMIUM"));
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of(Paths.get(dir, "chromium"), Paths.get(dir, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No chromium on the PATH: install Debian's chromium (apt-get install chromium) "
                                + "or set -Dredlines.chromium"));
    }

    /** Waits until the Vaadin client has no request in flight, so what the page shows is the server's answer. */
    static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""");
    }

    /** Opens a menu of the matrix's action bar ({@code share}, {@code download}) to read or click its items. */
    static void openMenu(Page page, String menu) {
        page.locator("#" + menu).click();
        page.locator("vaadin-menu-bar-item").first().waitFor();
    }

    /** Opens the matrix's filter form, which sits behind its Filters button. */
    static void openFilters(Page page) {
        if (page.locator("#filter-panel.rl-open").count() == 0) {
            page.locator("#filters").click();
            page.locator("#filter-panel.rl-open").waitFor();
        }
    }
}
