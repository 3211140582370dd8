package org.redlines.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.redlines.SignedIn.as;
import static org.redlines.SignedIn.call;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redlines.MovableClock;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.redlines.security.UserService;
import org.redlines.watch.internal.NotificationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Notification e-mail through a real SMTP server (GreenMail, in this JVM), on the fixture (plan P1, parties AA,
 * BB, CC): who gets a message after an analyst's change and who does not, what it says, in which language, the
 * daily digest, unsubscribing from the e-mail's own link without signing in, and an SMTP outage that delays and
 * loses nothing. The scheduled rounds are set an hour apart here; the test runs each round itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:mail-notification;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "spring.mail.host=localhost",
            "spring.mail.port=3025",
            "redlines.notify.interval=PT1H",
            "redlines.notify.initial-delay=PT1H",
            "redlines.public-url=https://redlines.example.org/"
        })
class MailNotificationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String PASSWORD = "a-long-password-1";

    @TestConfiguration
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    UserService users;

    @Autowired
    WatchService watches;

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    @Autowired
    MailNotifier notifier;

    @Autowired
    NotificationRepository notifications;

    @BeforeEach
    void accounts() throws Exception {
        as("admin", Role.ADMIN, () -> {
            for (String name : List.of("vera", "olga", "bob", "dana", "sam", "nomail", "pia", "imp0", "imp1", "imp2")) {
                if (users.list().stream().noneMatch(u -> u.username().equals(name))) {
                    users.create(name, PASSWORD, Role.VIEWER);
                }
            }
            if (users.list().stream().noneMatch(u -> u.username().equals("ana"))) {
                users.create("ana", PASSWORD, Role.ANALYST);
            }
        });
        drain();
    }

    @org.junit.jupiter.api.AfterEach
    void noWatchesLeft() {
        for (String name : List.of("vera", "olga", "bob", "dana", "sam", "nomail", "pia", "imp0", "imp1", "imp2")) {
            as(name, Role.VIEWER, () -> watches.mine().forEach(w -> watches.delete(w.id())));
        }
    }

    /** Sends whatever earlier tests left, so that each test counts only its own messages. */
    private void drain() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(this::recorderIdle);
        notifier.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    private boolean recorderIdle() {
        return Boolean.TRUE.equals(new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject(
                        "select count(*) = 0 from event_publication where completion_date is null", Boolean.class));
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private WatchInfo watch(String user, Locale locale, String query, Frequency frequency) {
        WatchInfo[] out = new WatchInfo[1];
        as(user, Role.VIEWER, () -> {
            users.setMyContact(user + "@example.org", locale);
            WatchInfo w = watches.watchMatrix(
                    com.vaadin.flow.router.QueryParameters.fromString(query).getParameters());
            out[0] = watches.schedule(w.id(), frequency, 7);
        });
        return out[0];
    }

    /** An analyst's new dated position; returns the revision it made. */
    private long change(String ref, String actor, Stance stance, boolean redLine, String summary) {
        as(
                "ana",
                Role.ANALYST,
                () -> curation.addPosition(
                        "P1",
                        ref,
                        actor,
                        new PositionDraft(
                                stance,
                                redLine,
                                summary,
                                LocalDate.of(2025, 7, 1),
                                List.of(new SourceInfo(
                                        "Wire agency", "CC statement", "https://news.example/cc-7", null)))));
        long revision = matrices.latestRevision();
        await().atMost(Duration.ofSeconds(20)).until(this::recorderIdle);
        return revision;
    }

    private Map<String, List<MimeMessage>> byRecipient() {
        return Arrays.stream(smtp.getReceivedMessages()).collect(Collectors.groupingBy(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private HttpResponse<String> http(String method, String url) throws Exception {
        URI uri = URI.create(url.replace("https://redlines.example.org/", "http://localhost:" + port + "/"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept-Language", "en");
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String link(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + ": (\\S+)").matcher(text);
        assertThat(m.find()).as(label + " in " + text).isTrue();
        return m.group(1);
    }

    @Test
    void a_change_mails_exactly_the_watchers_whose_view_it_moves_in_their_language_and_the_link_unsubscribes()
            throws Exception {
        WatchInfo vera = watch("vera", Locale.ENGLISH, "plan=P1&actors=CC", Frequency.IMMEDIATELY);
        watch("olga", Locale.forLanguageTag("uk"), "plan=P1", Frequency.IMMEDIATELY);
        watch("bob", Locale.ENGLISH, "plan=P1&actors=AA", Frequency.IMMEDIATELY);
        as("nomail", Role.VIEWER, () -> watches.watchMatrix(Map.of("plan", List.of("P1"))));

        long revision = change("2", "CC", Stance.OPPOSES, true, "CC rules out point 2");
        assertThat(notifier.sendDue()).isEqualTo(2);

        Map<String, List<MimeMessage>> mail = byRecipient();
        assertThat(mail.keySet()).containsExactlyInAnyOrder("vera@example.org", "olga@example.org");
        assertThat(mail.get("vera@example.org")).hasSize(1);
        MimeMessage message = mail.get("vera@example.org").getFirst();
        assertThat(message.getSubject()).isEqualTo("Redlines: 1 change(s) in views you watch");
        String text = GreenMailUtil.getBody(message);
        String plain = textPart(message);
        assertThat(plain)
                .contains("Revision " + revision)
                .contains("by ana")
                .contains("Point 2: ")
                .contains("→ Opposes")
                .contains("CC rules out point 2")
                .contains("Wire agency: CC statement")
                .contains("https://news.example/cc-7")
                .contains("https://redlines.example.org/matrix?plan=P1&actors=CC");
        assertThat(link(plain, "The view just before")).endsWith("rev=" + (revision - 1));
        assertThat(link(plain, "The view just after")).endsWith("rev=" + revision);
        assertThat(text).contains("text/html");
        assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith("<https://redlines.example.org/unsubscribe?t=");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        MimeMessage ukrainian = mail.get("olga@example.org").getFirst();
        assertThat(ukrainian.getSubject()).isEqualTo("Redlines: змін у виглядах, за якими ви стежите: 1");
        assertThat(textPart(ukrainian)).contains("Ревізія " + revision).contains("Пункт 2");

        // The link in the e-mail: opening it changes nothing; its button (a POST) stops the e-mail, no sign-in.
        String unsubscribe = link(plain, "Stop e-mail for this view");
        HttpResponse<String> page = http("GET", unsubscribe);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"unsubscribe\"");
        as(
                "vera",
                Role.VIEWER,
                () -> assertThat(watches.mine().getFirst().frequency()).isEqualTo(Frequency.IMMEDIATELY));
        HttpResponse<String> done = http("POST", unsubscribe);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("no more e-mail about this view");
        as("vera", Role.VIEWER, () -> {
            WatchInfo now = watches.mine().getFirst();
            assertThat(now.id()).isEqualTo(vera.id());
            assertThat(now.frequency()).isEqualTo(Frequency.OFF);
        });
        // An altered link does nothing and says so.
        assertThat(http("POST", unsubscribe.replace("t=", "t=x")).statusCode()).isEqualTo(400);

        // The next change to the same cell: Olga is told, Vera no longer; Bob's view (AA) still does not move.
        smtp.purgeEmailFromAllMailboxes();
        change("2", "CC", Stance.CONDITIONAL, false, "CC softens on point 2");
        assertThat(notifier.sendDue()).isEqualTo(1);
        assertThat(byRecipient().keySet()).containsExactly("olga@example.org");

        // One-click unsubscribe from the header stops all of Olga's e-mail.
        String all = mail.get("olga@example.org").getFirst().getHeader("List-Unsubscribe")[0];
        assertThat(http("POST", all.substring(1, all.length() - 1)).statusCode())
                .isEqualTo(200);
        smtp.purgeEmailFromAllMailboxes();
        change("3", "CC", Stance.SUPPORTS, false, "CC accepts point 3");
        assertThat(notifier.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_daily_digest_brings_every_change_before_its_hour_in_one_message_however_many_watches() throws Exception {
        watch("dana", Locale.ENGLISH, "plan=P1&actors=BB", Frequency.DAILY);
        watch("dana", Locale.ENGLISH, "plan=P1&actors=BB&redline=true", Frequency.DAILY);
        long first = change("4", "BB", Stance.OPPOSES, true, "BB draws a red line on point 4");
        long second = change("5", "BB", Stance.SUPPORTS, false, "BB backs point 5");
        // Not before its hour (07:00 UTC): nothing goes now; a day later, one message holds both changes.
        assertThat(notifier.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        clock.offset = Duration.ofDays(1);
        try {
            assertThat(notifier.sendDue()).isEqualTo(1);
        } finally {
            clock.offset = Duration.ZERO;
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Redlines daily digest: 3 change(s) in views you watch");
        String plain = textPart(received[0]);
        assertThat(plain).contains("Revision " + first).contains("Revision " + second);
        assertThat(plain).contains("BB draws a red line on point 4").contains("BB backs point 5");
        assertThat(notifier.sendDue()).isZero();
    }

    @Test
    void an_smtp_outage_delays_the_message_and_loses_nothing() throws Exception {
        watch("sam", Locale.ENGLISH, "plan=P1&actors=AA", Frequency.IMMEDIATELY);
        smtp.stop();
        try {
            change("3", "AA", Stance.UNCLEAR, false, "AA is unclear on point 3");
            assertThat(notifier.sendDue()).isZero();
            assertThat(notifications.countPending()).isEqualTo(1);
        } finally {
            smtp.start();
        }
        assertThat(notifier.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(textPart(smtp.getReceivedMessages()[0])).contains("AA is unclear on point 3");
        assertThat(notifications.countPending()).isZero();
        assertThat(notifier.sendDue()).isZero();
    }

    @Test
    void a_watched_point_page_is_told_of_its_points_moves_only() throws Exception {
        as("pia", Role.VIEWER, () -> {
            users.setMyContact("pia@example.org", Locale.ENGLISH);
            WatchInfo w = watches.watchView("points/P1/2?rev=1", List.of("matrix?plan=P1&refs=2"));
            assertThat(w.link()).isEqualTo("points/P1/2");
            watches.schedule(w.id(), Frequency.IMMEDIATELY, 7);
        });
        change("3", "BB", Stance.SUPPORTS, false, "BB backs point 3");
        assertThat(notifier.sendDue()).isZero();
        change("2", "BB", Stance.OPPOSES, true, "BB rules out point 2");
        assertThat(notifier.sendDue()).isEqualTo(1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        String plain = textPart(message);
        assertThat(plain)
                .contains("Point 2: ")
                .contains("BB rules out point 2")
                .doesNotContain("Point 3")
                .contains("https://redlines.example.org/points/P1/2");
        assertThat(link(plain, "The view just after")).contains("points/P1/2?rev=");
    }

    @Autowired
    org.redlines.positions.DatasetImportService imports;

    @Test
    void an_import_that_moves_many_cells_sends_each_watcher_one_message() throws Exception {
        for (String user : List.of("imp0", "imp1", "imp2")) {
            watch(user, Locale.ENGLISH, "plan=P1", Frequency.IMMEDIATELY);
        }
        // The file brings a new party, Delta, with a position on each of P1's five points; nothing else differs
        // (the import writes every entry anew, which moves nothing a reader sees).
        org.redlines.positions.DatasetImportService.Current current =
                call("admin", Role.ADMIN, () -> imports.current());
        org.redlines.dataset.Dataset data = current.dataset();
        List<org.redlines.dataset.Dataset.ActorEntry> actors = new ArrayList<>(data.actors());
        actors.add(new org.redlines.dataset.Dataset.ActorEntry("DD", "Delta"));
        List<org.redlines.dataset.Dataset.PositionEntry> positions = new ArrayList<>(data.positions());
        for (String ref : List.of("1", "2", "3", "4", "5")) {
            positions.add(new org.redlines.dataset.Dataset.PositionEntry(
                    "P1",
                    ref,
                    "DD",
                    Stance.OPPOSES,
                    true,
                    "Delta closes point " + ref,
                    LocalDate.of(2025, 9, 1),
                    List.of(new org.redlines.dataset.Dataset.SourceEntry(
                            "Wire agency", null, "https://news.example/dd-" + ref, null))));
        }
        org.redlines.dataset.Dataset incoming = new org.redlines.dataset.Dataset(
                data.title(),
                data.description(),
                actors,
                data.topics(),
                data.plans(),
                data.points(),
                data.planPositions(),
                positions,
                data.events());
        as("admin", Role.ADMIN, () -> imports.apply(incoming, current.revision(), "delta.json"));
        await().atMost(Duration.ofSeconds(20)).until(this::recorderIdle);
        assertThat(notifier.sendDue()).isEqualTo(3);
        Map<String, List<MimeMessage>> mail = byRecipient();
        assertThat(mail.keySet()).containsExactlyInAnyOrder("imp0@example.org", "imp1@example.org", "imp2@example.org");
        for (List<MimeMessage> messages : mail.values()) {
            assertThat(messages).hasSize(1);
            String plain = textPart(messages.getFirst());
            for (String ref : List.of("1", "2", "3", "4", "5")) {
                assertThat(plain).contains("Point " + ref + ": Delta: ").contains("Delta closes point " + ref);
            }
            // exactly the five moves, one line each
            assertThat(plain.lines().filter(l -> l.startsWith("- ")).count()).isEqualTo(5);
        }
    }

    static String textPart(MimeMessage message) {
        return org.redlines.MailText.of(message);
    }
}
