package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.redlines.SignedIn.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.SourceInfo;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Being told, in Chromium, with a real SMTP server (GreenMail) and a real webhook receiver: a viewer gives an
 * address on "My watches" and chooses "At once"; an analyst's change reaches her inbox; the e-mail's unsubscribe
 * link, opened in a browser that is not signed in, stops it. An administrator adds a webhook on its page, is shown
 * its secret once, and reads the delivery in the log after a change.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:notify-it;DB_CLOSE_DELAY=-1",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3125",
            "redlines.notify.interval=PT1S",
            "redlines.notify.initial-delay=PT1S",
            "redlines.public-url=https://redlines.example.org/"
        })
class NotifyIT extends BrowserTestBase {

    static final String PASSWORD = "notify-password-12";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3125, "127.0.0.1", "smtp"));

    @Autowired
    UserService users;

    @Autowired
    CurationService curation;

    @BeforeEach
    void accounts() {
        as("admin", Role.ADMIN, () -> {
            for (var account :
                    List.of(new Object[] {"vera", Role.VIEWER}, new Object[] {"ana", Role.ANALYST}, new Object[] {
                        "ada", Role.ADMIN
                    })) {
                String name = (String) account[0];
                if (users.list().stream().noneMatch(u -> u.username().equals(name))) {
                    users.create(name, PASSWORD, (Role) account[1]);
                }
            }
        });
    }

    private void change(String ref, Stance stance, boolean redLine, String summary) {
        as(
                "ana",
                Role.ANALYST,
                () -> curation.addPosition(
                        "US-UA-20",
                        ref,
                        "RU",
                        new PositionDraft(
                                stance,
                                redLine,
                                summary,
                                LocalDate.of(2026, 6, 30),
                                List.of(new SourceInfo(
                                        "Wire agency", "Kremlin readout", "https://news.example/ru", null)))));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(false));
    }

    @Test
    void a_viewer_gives_her_address_gets_the_email_of_a_change_and_its_link_unsubscribes_her() throws Exception {
        signIn("vera", PASSWORD);
        page.navigate(url("matrix?plan=US-UA-20&actors=RU"));
        page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("vaadin-menu-bar-item#watch-view").click();
        BrowserSupport.waitForVaadin(page);
        page.navigate(url("watches"));
        Locator email = page.locator("#watch-email input");
        email.waitFor();
        email.fill("not an address");
        page.locator("#watch-email-save").click();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("#watch-email").getAttribute("invalid")).isNotNull();
        email.fill("vera@example.org");
        page.locator("#watch-email-save").click();
        page.locator("#watch-email-message")
                .filter(new Locator.FilterOptions().setHasText("vera@example.org"))
                .waitFor();
        page.locator("li.rl-watch .rl-watch-frequency").click();
        page.locator("vaadin-select-item:has-text('At once')").click();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("li.rl-watch .rl-watch-hour").isVisible()).isFalse();
        screenshot("my-watches-email");

        change("3", Stance.OPPOSES, true, "Moscow rules out point 3 again");
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Redlines: 1 change(s) in views you watch");
        String body = org.redlines.MailText.of(smtp.getReceivedMessages()[0]);
        assertThat(body).contains("Moscow rules out point 3 again");
        Matcher link = Pattern.compile("Stop e-mail for this view: (\\S+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String unsubscribe = link.group(1).replace("https://redlines.example.org/", url(""));
        try (BrowserContext mailClient = browser.newContext()) {
            Page mail = mailClient.newPage();
            mail.setContent(org.redlines.MailText.html(smtp.getReceivedMessages()[0]));
            assertThat(mail.locator("a:has-text('Stop e-mail for this view')").count())
                    .isEqualTo(1);
            mail.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notification-email.png")));
        }

        try (BrowserContext stranger = browser.newContext()) {
            Page other = stranger.newPage();
            other.navigate(unsubscribe);
            other.locator("#unsubscribe").waitFor();
            other.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/unsubscribe.png")));
            other.locator("#unsubscribe").click();
            other.locator("#unsubscribe-result").waitFor();
            assertThat(other.locator("#unsubscribe-result").innerText()).contains("no more e-mail about this view");
        }
        page.reload();
        page.locator("li.rl-watch .rl-watch-frequency").waitFor();
        BrowserSupport.waitForVaadin(page);
        assertThat(page.locator("li.rl-watch .rl-watch-frequency").innerText()).contains("No e-mail");
    }

    @Test
    void an_administrator_adds_a_webhook_sees_its_secret_once_and_reads_the_delivery_log() throws Exception {
        List<String> posts = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            signIn("ada", PASSWORD);
            page.locator("vaadin-side-nav-item:has-text('Webhooks')").click();
            page.waitForURL(u -> u.endsWith("/webhooks"));
            page.locator("#webhook-name input").fill("Russia desk");
            page.locator("#webhook-url input")
                    .fill("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            page.locator("#webhook-link input").fill("matrix?plan=US-UA-20&actors=RU");
            page.locator("#webhook-add").click();
            page.locator("#webhook-message")
                    .filter(new Locator.FilterOptions().setHasText("secret"))
                    .waitFor();

            change("4", Stance.OPPOSES, true, "Moscow rejects point 4");
            await().atMost(Duration.ofSeconds(30)).until(() -> !posts.isEmpty());
            assertThat(posts.getFirst()).contains("\"actor\":\"RU\"").contains("\"point\":\"4\"");
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                page.reload();
                page.locator("#webhook-log").waitFor();
                BrowserSupport.waitForVaadin(page);
                return page.locator("#webhook-log").innerText().contains("delivered");
            });
            assertThat(page.locator("#webhooks").innerText()).contains("Russia desk");
            // The health of deliveries: details for an administrator, the bare status for anyone else.
            var health = context.request().get(url("actuator/health/notifications"));
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.text())
                    .contains("\"status\":\"UP\"")
                    .contains("\"mailPending\":0")
                    .contains("\"webhookPending\":0")
                    .contains("\"eventsIncomplete\":0");
            try (BrowserContext stranger = browser.newContext()) {
                var anonymous = stranger.request().get(url("actuator/health/notifications"));
                assertThat(anonymous.text()).doesNotContain("mailPending");
            }
            assertThat(page.locator("#webhook-message").innerText()).doesNotContain("secret");
            screenshot("webhooks");
        } finally {
            receiver.stop(0);
        }
    }
}
