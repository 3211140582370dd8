package org.redlines.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.redlines.SignedIn.as;
import static org.redlines.SignedIn.call;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redlines.MovableClock;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.MatrixService;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks against a real HTTP receiver in this JVM, on the fixture (plan P1; parties AA, BB, CC): the receiver
 * checks each post's HMAC-SHA256 signature with the secret the administrator was shown; a receiver that answers
 * 500 or does not answer in time gets the post again after the back-off, and the log shows each attempt; a change
 * that the webhook's view does not show is not posted; the text format is a chat message.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:webhooks;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "redlines.notify.interval=PT1H",
            "redlines.notify.initial-delay=PT1H",
            "redlines.webhook.timeout=PT1S",
            "redlines.webhook.max-attempts=3",
            "redlines.public-url=https://redlines.example.org/"
        })
class WebhookDeliveryTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    record Post(String signature, String body) {}

    @Autowired
    MovableClock clock;

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookSender sender;

    @Autowired
    CurationService curation;

    @Autowired
    MatrixService matrices;

    @Autowired
    JdbcTemplate jdbc;

    HttpServer receiver;
    final List<Post> posts = new CopyOnWriteArrayList<>();
    /** What the receiver answers next: a status, or 0 for "hang longer than the timeout". */
    final List<Integer> answers = new CopyOnWriteArrayList<>();

    final AtomicInteger answered = new AtomicInteger();

    @BeforeEach
    void receiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            posts.add(new Post(
                    exchange.getRequestHeaders().getFirst("X-Redlines-Signature-256"),
                    new String(body, StandardCharsets.UTF_8)));
            int status = answers.isEmpty() ? 204 : answers.removeFirst();
            answered.incrementAndGet();
            if (status == 0) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        as("admin", Role.ADMIN, () -> webhooks.list().forEach(h -> webhooks.delete(h.id())));
        clock.offset = Duration.ZERO;
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private long change(String ref, String actor, Stance stance, boolean redLine) {
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
                                "A new position of " + actor,
                                LocalDate.of(2025, 8, 1),
                                List.of(new SourceInfo("Wire agency", null, "https://news.example/w", null)))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Long.class)
                        == 0);
        return matrices.latestRevision();
    }

    private List<WebhookInfo.Delivery> log() {
        return call("admin", Role.ADMIN, () -> webhooks.log(20));
    }

    @Test
    void a_signed_json_post_per_affecting_change_retried_after_500_and_a_hang_and_logged() throws Exception {
        WebhookService.Created hook = call(
                "admin",
                Role.ADMIN,
                () -> webhooks.create("Russia desk", url(), "matrix?plan=P1&actors=CC", WebhookInfo.Format.JSON));
        assertThat(hook.webhook().link()).isEqualTo("matrix?plan=P1&actors=CC");

        change("1", "AA", Stance.SUPPORTS, false); // not in the view: no post
        assertThat(sender.postDue()).isZero();
        assertThat(posts).isEmpty();

        answers.add(500);
        answers.add(0);
        long revision = change("2", "CC", Stance.OPPOSES, true);
        assertThat(sender.postDue()).isZero();
        assertThat(log().getFirst().lastStatus()).isEqualTo(500);
        assertThat(log().getFirst().nextAttemptAt()).isAfter(Instant.now().plusSeconds(20));
        assertThat(sender.postDue()).as("not again before its back-off").isZero();
        assertThat(posts).hasSize(1);

        clock.offset = Duration.ofMinutes(1);
        assertThat(sender.postDue()).as("the receiver hangs past the timeout").isZero();
        assertThat(log().getFirst().lastError()).contains("Timeout");
        assertThat(log().getFirst().attempts()).isEqualTo(2);

        clock.offset = Duration.ofMinutes(5);
        assertThat(sender.postDue()).isEqualTo(1);
        assertThat(log().getFirst().deliveredAt()).isNotNull();
        assertThat(log().getFirst().attempts()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> posts.size() == 3);

        for (Post post : posts) {
            assertThat(post.signature())
                    .isEqualTo("sha256="
                            + WebhookSender.sign(hook.secret(), post.body().getBytes(StandardCharsets.UTF_8)));
        }
        JsonNode json = JsonMapper.builder().build().readTree(posts.getLast().body());
        assertThat(json.get("revision").asLong()).isEqualTo(revision);
        assertThat(json.get("changedBy").asString()).isEqualTo("ana");
        assertThat(json.get("plan").asString()).isEqualTo("P1");
        JsonNode cell = json.get("changes").get(0);
        assertThat(cell.get("kind").asString()).isEqualTo("cell");
        assertThat(cell.get("point").asString()).isEqualTo("2");
        assertThat(cell.get("actor").asString()).isEqualTo("CC");
        assertThat(cell.get("before").isNull()).isTrue();
        assertThat(cell.get("after").get("stance").asString()).isEqualTo("opposes");
        assertThat(cell.get("after").get("redLine").asBoolean()).isTrue();
        assertThat(json.get("links").get("before").asString())
                .isEqualTo("https://redlines.example.org/matrix?plan=P1&actors=CC&rev=" + (revision - 1));
        assertThat(sender.postDue()).isZero();
    }

    @Test
    void a_receiver_that_always_fails_is_given_up_after_the_last_attempt_and_a_text_hook_posts_a_chat_message() {
        as(
                "admin",
                Role.ADMIN,
                () -> webhooks.create("Chat", url(), "matrix?plan=P1&actors=BB", WebhookInfo.Format.TEXT));
        answers.addAll(List.of(503, 503, 503));
        change("3", "BB", Stance.OPPOSES, false);
        for (int i = 0; i < 3; i++) {
            clock.offset = Duration.ofHours(i);
            sender.postDue();
        }
        WebhookInfo.Delivery last = log().getFirst();
        assertThat(last.abandoned()).isTrue();
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.nextAttemptAt()).isNull();
        clock.offset = Duration.ofDays(1);
        assertThat(sender.postDue()).isZero();
        assertThat(posts).hasSize(3);
        String body = posts.getFirst().body();
        assertThat(body).startsWith("{\"text\":\"Redlines, Chat: ");
        assertThat(body)
                .contains("Point 3: ")
                .contains("Opposes")
                .contains("https://redlines.example.org/matrix?plan=P1&actors=BB");
    }
}
