package org.redlines.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.redlines.SignedIn.as;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.redlines.Application;
import org.redlines.access.Role;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.SourceInfo;
import org.redlines.security.UserService;
import org.redlines.watch.Frequency;
import org.redlines.watch.WatchInfo;
import org.redlines.watch.WatchService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Redlines instances on one PostgreSQL (embedded) and one SMTP server (GreenMail), both sending every second:
 * one change to a watched view gives one e-mail, not two (ShedLock's lock row). Then, with the SMTP server down, a
 * change is recorded and its e-mail cannot go; the other instance, a separate JVM from the packaged jar, is killed
 * with SIGKILL while it retries; started again after the SMTP server is back, it sends that e-mail, once.
 */
class NotifyTwoInstancesIT {

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static List<String> settings(String jdbcUrl, int smtpPort, int port) {
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=" + port,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--redlines.notify.interval=PT1S",
                "--redlines.notify.initial-delay=PT1S",
                "--redlines.public-url=https://redlines.example.org/");
    }

    @Test
    void one_change_one_email_with_two_instances_and_a_killed_instance_sends_it_after_restart() throws Exception {
        Path data = Files.createTempDirectory("redlines-notify-pg");
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Process second = null;
        Path secondLog = Files.createTempFile("redlines-notify-second", ".log");
        try (EmbeddedPostgres postgres =
                EmbeddedPostgres.builder().setDataDirectory(data).start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create database redlines");
            }
            String jdbcUrl = postgres.getJdbcUrl("postgres", "redlines");
            List<String> firstArgs = settings(jdbcUrl, smtpPort, 0);
            ConfigurableApplicationContext first = new SpringApplicationBuilder(Application.class)
                    .profiles("postgres")
                    .run(firstArgs.toArray(String[]::new));
            try {
                second = startJar(jdbcUrl, smtpPort, secondLog);
                UserService users = first.getBean(UserService.class);
                WatchService watches = first.getBean(WatchService.class);
                CurationService curation = first.getBean(CurationService.class);
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
                as("admin", Role.ADMIN, () -> {
                    users.create("vera", "a-long-password-1", Role.VIEWER);
                    users.create("ana", "a-long-password-1", Role.ANALYST);
                });
                as("vera", Role.VIEWER, () -> {
                    users.setMyContact("vera@example.org", Locale.ENGLISH);
                    WatchInfo watch = watches.watchMatrix(Map.of("plan", List.of("US-UA-20"), "actors", List.of("RU")));
                    watches.schedule(watch.id(), Frequency.IMMEDIATELY, 7);
                });

                change(curation, Stance.OPPOSES, true, "Moscow rejects this point outright");
                await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 1);
                Thread.sleep(6000); // six more rounds on each instance
                assertThat(smtp.getReceivedMessages())
                        .as("one change, one e-mail")
                        .hasSize(1);
                assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("1 change(s)");

                smtp.stop();
                change(curation, Stance.CONDITIONAL, false, "Moscow softens on this point");
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> jdbc.queryForObject(
                                        "select count(*) from notification where sent_at is null and attempts > 0",
                                        Long.class)
                                == 1);
                first.close();
                second.destroyForcibly().waitFor();
                assertThat(jdbcCount(jdbcUrl, "select count(*) from notification where sent_at is null"))
                        .isEqualTo(1);

                smtp.start();
                second = startJar(jdbcUrl, smtpPort, secondLog);
                GreenMail restarted = smtp;
                await().atMost(Duration.ofSeconds(30)).until(() -> restarted.getReceivedMessages().length >= 1);
                Thread.sleep(4000);
                assertThat(restarted.getReceivedMessages()).hasSize(1);
                assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(
                                restarted.getReceivedMessages()[0]))
                        .contains("Moscow softens on this point");
                assertThat(jdbcCount(jdbcUrl, "select count(*) from notification where sent_at is null"))
                        .isZero();
            } finally {
                if (first.isActive()) {
                    first.close();
                }
            }
        } finally {
            if (second != null) {
                second.destroyForcibly().waitFor();
            }
            smtp.stop();
        }
    }

    private static long jdbcCount(String jdbcUrl, String sql) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void change(CurationService curation, Stance stance, boolean redLine, String summary) {
        as(
                "ana",
                Role.ANALYST,
                () -> curation.addPosition(
                        "US-UA-20",
                        "1",
                        "RU",
                        new PositionDraft(
                                stance,
                                redLine,
                                summary,
                                LocalDate.of(2026, 6, 30),
                                List.of(new SourceInfo("Wire agency", null, "https://news.example/ru", null)))));
    }

    private static Process startJar(String jdbcUrl, int smtpPort, Path log) throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("redlines-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run after ./mvnw package: no jar in target/"));
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString()));
        command.addAll(settings(jdbcUrl, smtpPort, port));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("second instance died: " + Files.readString(log));
            }
            try {
                HttpResponse<String> health = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("UP")) {
                    return process;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("second instance did not start: " + Files.readString(log));
    }
}
