package org.redlines.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port with the seeded default dataset, and Debian's Chromium: one browser per test
 * class, a fresh context (cookies, cache) and page per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Anything the Content-Security-Policy refused: the app must work within its own policy. */
    protected final java.util.List<String> refusedByPolicy = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void openContext() {
        context = newContext();
        context.onPage(p -> p.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().startsWith("Refused to")) {
                refusedByPolicy.add(m.text());
            }
        }));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
        org.assertj.core.api.Assertions.assertThat(refusedByPolicy)
                .as("refused by the Content-Security-Policy")
                .isEmpty();
    }

    /** A tall viewport, so that the whole default plan is rendered without scrolling. */
    protected BrowserContext newContext() {
        return browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1600, 2400).setAcceptDownloads(true));
    }

    /** Signs in through the login page, as a person does, and waits for the signed-in app. */
    protected void signIn(String user, String password) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        page.locator("#signed-in-as").waitFor();
        BrowserSupport.waitForVaadin(page);
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + "/" + pathAndQuery;
    }
}
