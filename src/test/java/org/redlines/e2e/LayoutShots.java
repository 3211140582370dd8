package org.redlines.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Screenshots of every view at the four sizes, for looking at: {@code -Dit.test=LayoutShots}. */
@Tag("screenshots")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:layout-shots;DB_CLOSE_DELAY=-1")
class LayoutShots extends BrowserTestBase {

    @Test
    void every_view_at_every_size() {
        int[][] sizes = {{1366, 768}, {1440, 900}, {768, 1024}, {390, 844}};
        String[] views = {
            "matrix?plan=US-UA-20",
            "matrix?plan=US-UA-20&point=4",
            "points/US-UA-20/4",
            "compare/actors?plan=US-UA-20",
            "compare/plans",
            "changes",
            "charts?chart=stances&plan=US-UA-20"
        };
        for (int[] size : sizes) {
            BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]));
            Page p = c.newPage();
            for (String view : views) {
                p.navigate(url(view));
                p.waitForTimeout(300);
                BrowserSupport.waitForVaadin(p);
                p.waitForTimeout(700);
                String name = size[0] + "x" + size[1] + "-" + view.replaceAll("[^a-z0-9]+", "_");
                p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/layout/" + name + ".png")));
            }
            c.close();
        }
        page.setViewportSize(1366, 768);
        page.navigate(url("matrix?plan=US-UA-20"));
        page.locator("#download").click();
        page.locator("#download-csv").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/layout/menu-download.png")));
        System.out.println("MENU ITEM: "
                + page.locator("#download-csv").evaluate("e => e.tagName + ' ' + e.outerHTML.slice(0, 200)"));
        page.keyboard().press("Escape");
        page.locator("#filters").click();
        page.locator("#filter-redline").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/layout/filters-open.png")));
    }
}
