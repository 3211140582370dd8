package org.redlines.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redlines.Application;
import org.redlines.changes.ChangesService;
import org.redlines.compare.CompareService;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PointService;
import org.redlines.positions.StatementCounter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app on a real PostgreSQL (embedded binaries from Maven Central): the same Flyway migrations and seeding,
 * the services' results, and two instances on one database, where a change made through one is read at once
 * through the other.
 */
class PostgresIT {

    private static EmbeddedPostgres postgres;
    private static String jdbcUrl;
    private static ConfigurableApplicationContext first;
    private static Process second;
    private static Path secondLog;

    @BeforeAll
    static void start() throws Exception {
        Path sockets = Files.createTempDirectory("redlines-pg");
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("unix_socket_directories", sockets.toString())
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database redlines");
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "redlines");
        first = new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--redlines.review.required=true",
                        "--server.port=0");
    }

    @AfterAll
    static void stop() throws IOException {
        if (second != null) {
            second.destroy();
        }
        if (first != null) {
            first.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void the_schema_is_migrated_and_the_default_dataset_seeded_on_postgres() {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from position_entry", Integer.class))
                .isEqualTo(305);
        assertThat(jdbc.queryForObject("select count(*) from negotiation_event", Integer.class))
                .isEqualTo(38);
        assertThat(jdbc.queryForObject("select count(*) from point_derivation", Integer.class))
                .isPositive();
    }

    @Test
    void the_services_give_the_same_answers_on_postgres() {
        MatrixService matrices = first.getBean(MatrixService.class);
        var page =
                matrices.open(Map.of("plan", List.of("US-28"), "topics", List.of("territory"), "point", List.of("21")));
        assertThat(page.matrix().rows()).extracting(r -> r.point().ref()).containsExactly("21", "22");
        assertThat(page.matrix().selected().orElseThrow().cell("UA").stance().code())
                .isEqualTo("opposes");
        long statements = new StatementCounter(first.getBean(EntityManagerFactory.class))
                .count(() -> matrices.open(Map.of("plan", List.of("US-28"))));
        assertThat(statements)
                .as("the plan was read above; the revision is unchanged")
                .isEqualTo(5);

        var comparison = first.getBean(CompareService.class)
                .compareActors(Map.of("plan", List.of("US-28"), "a", List.of("UA"), "b", List.of("RU")));
        assertThat(comparison.rows()).hasSize(28);
        var versions =
                first.getBean(CompareService.class).comparePlans(Map.of("plans", List.of("US-28,E3-28,US-UA-20")));
        assertThat(versions.table().rows()).isNotEmpty();
        var changes = first.getBean(ChangesService.class)
                .changes(Map.of("from", List.of("2025-11-20"), "to", List.of("2026-03-31")));
        assertThat(changes.size()).isPositive();
        var point = first.getBean(PointService.class)
                .page(first.getBean(MatrixService.class).catalog(), "US-UA-20", "4")
                .orElseThrow();
        assertThat(point.derivedFrom()).extracting(l -> l.point().ref()).contains("6", "U1");
    }

    /** Review drafts (a JSON draft in a varchar column) and releases, on PostgreSQL's own column types. */
    @Test
    void a_reviewed_draft_and_a_release_on_postgres() {
        var review = first.getBean(org.redlines.positions.ReviewService.class);
        var curation = first.getBean(org.redlines.positions.CurationService.class);
        var stored = org.redlines.SignedIn.call(
                "anna", org.redlines.access.Role.ANALYST, () -> curation.pointForEdit("US-28", "1"));
        var draft = new org.redlines.positions.Drafts.PointDraft(
                stored.draft().title(),
                stored.draft().summary() + " " + "(reviewed on PostgreSQL) ".repeat(100),
                stored.draft().topicCode(),
                stored.draft().note(),
                stored.draft().sources());
        long id = org.redlines.SignedIn.call(
                        "anna",
                        org.redlines.access.Role.ANALYST,
                        () -> review.editPoint("US-28", "1", stored.version(), draft))
                .draft();
        org.redlines.SignedIn.call("boris", org.redlines.access.Role.ANALYST, () -> review.approve(id, 0));
        assertThat(org.redlines.SignedIn.call(
                                "anna", org.redlines.access.Role.ANALYST, () -> curation.pointForEdit("US-28", "1"))
                        .draft()
                        .summary())
                .endsWith("(reviewed on PostgreSQL)");

        var releases = first.getBean(org.redlines.positions.ReleaseService.class);
        var release = org.redlines.SignedIn.call(
                "admin", org.redlines.access.Role.ADMIN, () -> releases.publish("pg-1", "On PostgreSQL."));
        assertThat(releases.byName("pg-1").orElseThrow().revision()).isEqualTo(release.revision());
        assertThat(first.getBean(org.redlines.releases.ReleaseFiles.class).of(release))
                .hasSize(7)
                .allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
    }

    @Test
    void a_second_instance_on_the_same_database_sees_changes_made_through_the_first() throws Exception {
        int firstPort = ((WebServerApplicationContext) first).getWebServer().getPort();
        String csv = "/export/matrix.csv?plan=US-28&actors=UA&topics=territory";
        assertThat(get(firstPort, csv)).contains("21,Territory,territory,opposes,false");

        int secondPort = startSecondInstance();
        assertThat(get(secondPort, csv))
                .as("the second instance does not load the dataset again")
                .contains("21,Territory,territory,opposes,false");
        assertThat(first.getBean(JdbcTemplate.class).queryForObject("select count(*) from plan", Integer.class))
                .isEqualTo(6);

        // An edit, as the writing services make it: the change and a new data revision in one transaction.
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        first.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .executeWithoutResult(t -> {
                    jdbc.update("update data_revision set revision = revision + 1 where id = 1");
                    jdbc.update("""
                update position_entry set stance = 'SUPPORTS' where id = (
                  select e.id from position_entry e join point p on p.id = e.point_id join plan pl on pl.id = p.plan_id
                  join actor a on a.id = e.actor_id
                  where pl.code = 'US-28' and p.ref = '21' and a.code = 'UA' order by e.as_of desc limit 1)""");
                });
        assertThat(get(secondPort, csv)).contains("21,Territory,territory,supports,false");
        assertThat(get(firstPort, csv)).contains("21,Territory,territory,supports,false");
    }

    private static int startSecondInstance() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("redlines-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run after ./mvnw package: no jar in target/"));
        }
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        secondLog = Files.createTempFile("redlines-second", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        second = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=" + port,
                        "--redlines.dataset.location=file:/nonexistent/never-loaded.json")
                .redirectErrorStream(true)
                .redirectOutput(secondLog.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!second.isAlive()) {
                throw new IllegalStateException("second instance died: " + Files.readString(secondLog));
            }
            try {
                if (get(port, "/actuator/health").contains("UP")) {
                    return port;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("second instance did not start: " + Files.readString(secondLog));
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
