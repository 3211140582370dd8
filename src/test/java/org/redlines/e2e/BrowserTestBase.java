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
        signIn(page, user, password);
    }

    /** The same in another page, such as a second person's browser context. */
    protected void signIn(Page in, String user, String password) {
        in.navigate(url("login"));
        in.locator("input[name=username]").fill(user);
        in.locator("input[name=password]").fill(password);
        in.locator("input[name=password]").press("Enter");
        in.locator("#signed-in-as").waitFor();
        BrowserSupport.waitForVaadin(in);
    }

    /**
     * Creates these accounts (user name, role, ...) with one password, as an administrator would, unless the first
     * exists already (the test's database lives as long as its Spring context).
     */
    protected static void ensureUsers(org.redlines.security.UserService users, String password, Object... nameAndRole) {
        org.redlines.SignedIn.as("admin", org.redlines.access.Role.ADMIN, () -> {
            if (users.list().stream().noneMatch(u -> u.username().equals(nameAndRole[0]))) {
                for (int i = 0; i < nameAndRole.length; i += 2) {
                    users.create((String) nameAndRole[i], password, (org.redlines.access.Role) nameAndRole[i + 1]);
                }
            }
        });
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + "/" + pathAndQuery;
    }
}
