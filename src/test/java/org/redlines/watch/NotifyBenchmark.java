package org.redlines.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.SignedIn.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.DataRevised;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long telling people takes, on the seeded dataset (docs/PERFORMANCE.md, section 7): matching one change
 * against 10,000 watches (1,000 users with 10 watches each, over the links people make: a plan, one or two
 * parties, and the usual filters), and from an analyst's commit to the SMTP server (GreenMail, in this JVM)
 * having accepted the e-mail of each of 1,000 watchers. Tag "benchmark":
 * {@code ./mvnw test -Dtest=NotifyBenchmark -Dbench.excludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:notify-bench;DB_CLOSE_DELAY=-1",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3225",
            "redlines.notify.interval=PT1H",
            "redlines.notify.initial-delay=PT1H"
        })
class NotifyBenchmark {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3225, "127.0.0.1", "smtp"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WatchService watches;

    @Autowired
    NotificationRecorder recorder;

    @Autowired
    MailNotifier notifier;

    @Autowired
    WatchMatcher matcher;

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    /** The links people watch: each plan; all parties, one or two; no filter or a usual one. */
    private List<String> links() {
        List<String> plans = List.of("US-28", "E3-28", "EU-24", "GENEVA-19", "US-RU-27", "US-UA-20");
        List<String> parties = List.of("", "RU", "UA", "US", "EU", "RU,UA", "RU,US", "UA,EU");
        List<String> filters = List.of("", "redline=true", "stances=opposes", "contested=true", "topics=territory");
        Set<String> out = new LinkedHashSet<>();
        for (String plan : plans) {
            for (String party : parties) {
                for (String filter : filters) {
                    String query = "plan=" + plan + (party.isEmpty() ? "" : "&actors=" + party)
                            + (filter.isEmpty() ? "" : "&" + filter);
                    out.add(watches.matrixLink(com.vaadin.flow.router.QueryParameters.fromString(query)
                            .getParameters()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private void users(int count, String prefix) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {prefix + i, prefix + i + "@example.org"});
        }
        jdbc.batchUpdate(
                "insert into app_user (id, version, username, password_hash, role, enabled, email, locale) "
                        + "values (next value for app_user_seq, 0, ?, 'x', 'VIEWER', true, ?, 'en')",
                rows);
    }

    private void watches(List<Object[]> userAndLink, String frequency) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] ul : userAndLink) {
            String link = (String) ul[1];
            int q = link.indexOf('?');
            rows.add(new Object[] {
                ul[0], q < 0 ? link : link.substring(0, q), q < 0 ? "" : link.substring(q + 1), frequency
            });
        }
        jdbc.batchUpdate(
                "insert into watch (id, version, username, route, query, frequency, digest_hour, paused, created_at, "
                        + "last_seen_revision) values (next value for watch_seq, 0, ?, ?, ?, ?, 7, false, "
                        + "current_timestamp, 0)",
                rows);
    }

    private long change(String plan, String ref, String actor, Stance stance, String summary) {
        as(
                "ana",
                Role.ANALYST,
                () -> curation.addPosition(
                        plan,
                        ref,
                        actor,
                        new PositionDraft(
                                stance,
                                true,
                                summary,
                                LocalDate.of(2026, 6, 30),
                                List.of(new SourceInfo("Wire agency", null, "https://news.example/b", null)))));
        return matrices.latestRevision();
    }

    private void waitForListener() throws InterruptedException {
        while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class)
                > 0) {
            Thread.sleep(20);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void matching_one_change_against_10000_watches_and_commit_to_email_for_1000_watchers() throws Exception {
        // 1. Matching: 1,000 users with 10 watches each, daily (nothing is sent during the measurement).
        List<String> links = links();
        users(1000, "m");
        List<Object[]> pairs = new ArrayList<>();
        for (int u = 0; u < 1000; u++) {
            for (int k = 0; k < 10; k++) {
                pairs.add(new Object[] {"m" + u, links.get((u * 10 + k * 7) % links.size())});
            }
        }
        watches(pairs, "DAILY");
        long revision = change("US-UA-20", "1", "RU", Stance.OPPOSES, "Moscow rejects point 1");
        waitForListener(); // the change's own listener run, not measured
        DataRevised event = new DataRevised(revision, Instant.now(), "ana");
        long[] millis = new long[7];
        NotificationRecorder.Result result = null;
        for (int i = 0; i < millis.length; i++) {
            jdbc.update("delete from notification where revision = ?", revision);
            long t0 = System.nanoTime();
            result = recorder.record(event);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        System.out.printf(
                "BENCH notify-match: 10000 watches over %d distinct links: %d notifications recorded; "
                        + "median %d ms, all %s%n",
                links.size(), result.notifications(), median(millis), Arrays.toString(millis));
        long m0 = System.nanoTime();
        for (String link : links) {
            matcher.differences(link, revision - 1, revision);
        }
        System.out.printf(
                "BENCH notify-match: the %d links alone: %d ms%n", links.size(), (System.nanoTime() - m0) / 1_000_000);
        jdbc.update("delete from notification");
        jdbc.update("delete from watch");

        // 2. Commit to e-mail: 1,000 users watching the same view at once.
        users(1000, "w");
        List<Object[]> watchers = new ArrayList<>();
        String watched = watches.matrixLink(Map.of("plan", List.of("US-UA-20"), "actors", List.of("RU")));
        for (int u = 0; u < 1000; u++) {
            watchers.add(new Object[] {"w" + u, watched});
        }
        watches(watchers, "IMMEDIATELY");
        smtp.purgeEmailFromAllMailboxes();
        long t0 = System.nanoTime();
        change("US-UA-20", "2", "RU", Stance.OPPOSES, "Moscow rejects point 2");
        long committed = System.nanoTime();
        // the listener records asynchronously; a sending round then starts (here called at once, in production
        // every redlines.notify.interval)
        while (jdbc.queryForObject("select count(*) from notification where sent_at is null", Long.class) < 1000) {
            Thread.sleep(20);
        }
        long recorded = System.nanoTime();
        int sent = notifier.sendDue();
        long done = System.nanoTime();
        assertThat(sent).isEqualTo(1000);
        assertThat(smtp.getReceivedMessages()).hasSize(1000);
        System.out.printf(
                "BENCH notify-mail: 1000 watchers: commit %d ms; commit to 1000 recorded %d ms; sending round "
                        + "%d ms (%.1f ms per message); commit to the 1000th message accepted %d ms%n",
                (committed - t0) / 1_000_000,
                (recorded - committed) / 1_000_000,
                (done - recorded) / 1_000_000,
                (done - recorded) / 1_000_000.0 / 1000,
                (done - committed) / 1_000_000);
    }
}
