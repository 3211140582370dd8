package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redlines.bench.DatasetGenerator;
import org.redlines.dataset.DatasetWriter;

/**
 * The production jar on a fresh H2 file database, as shipped (its default database URL, in a working directory of
 * its own), killed with SIGKILL and started again: a saved edit is there, and an import killed while it runs is
 * either all there or not at all.
 */
class DurabilityIT {

    static final String PASSWORD = "durable-admin-pw";

    static Playwright playwright;
    static Browser browser;

    @TempDir
    Path home;

    private Process app;
    private int port;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    /** The matrix grid's text as a new page of the restarted app shows it. */
    private String matrixText(BrowserContext context) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/matrix");
        page.locator("#matrix-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        return page.locator("#matrix-grid").textContent();
    }

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("redlines-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run ./mvnw package first"))
                    .toAbsolutePath();
        }
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        jar().toString(),
                        "--server.port=" + port)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("app-" + Instant.now().toEpochMilli() + ".log")
                        .toFile());
        builder.environment().put("REDLINES_ADMIN_INITIAL_PASSWORD", PASSWORD);
        app = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the app is running").isTrue();
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app did not start");
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    private void kill() throws InterruptedException {
        app.destroyForcibly();
        assertThat(app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).isEqualTo(137);
        app = null;
    }

    private Page signedIn(BrowserContext context) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.locator("#signed-in-as").waitFor();
        BrowserSupport.waitForVaadin(page);
        return page;
    }

    private long count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/redlines"), "sa", "");
                ResultSet r = c.createStatement().executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void a_saved_edit_survives_sigkill() throws Exception {
        start();
        try (BrowserContext context = browser.newContext()) {
            renameLastParty(signedIn(context), "Russian Federation (renamed before the crash)");
        }
        kill();
        start();
        try (BrowserContext context = browser.newContext()) {
            assertThat(matrixText(context)).contains("Russian Federation (renamed before the crash)");
        }
    }

    @Test
    void an_import_killed_while_it_runs_is_all_there_or_not_at_all() throws Exception {
        start();
        Path file = home.resolve("m.json");
        Files.writeString(
                file,
                DatasetWriter.write(DatasetGenerator.generate(DatasetGenerator.Size.parse("M"))),
                StandardCharsets.UTF_8);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context);
            page.navigate("http://localhost:" + port + "/import");
            page.locator("#dataset-upload").waitFor();
            page.locator("#dataset-upload input[type=file]")
                    .setInputFiles(new FilePayload("m.json", "application/json", Files.readAllBytes(file)));
            page.locator("#import-apply").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            BrowserSupport.waitForVaadin(page);
            page.locator("#import-apply").click();
            page.locator("#import-progress").waitFor();
            page.waitForTimeout(400);
        }
        kill();
        long positions = count("position_entry");
        long points = count("point");
        long revisions = count("audit_revision");
        var generated = DatasetGenerator.generate(DatasetGenerator.Size.parse("M"));
        boolean before = revisions == 1 && positions != generated.positions().size();
        boolean after = revisions == 2
                && positions == generated.positions().size()
                && points == generated.points().size();
        assertThat(before || after)
                .as("positions %d, points %d, revisions %d", positions, points, revisions)
                .isTrue();
        start();
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/matrix.csv"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isGreaterThan(1);
    }

    private void renameLastParty(Page page, String name) {
        page.navigate("http://localhost:" + port + "/manage");
        page.locator("#actors vaadin-button:has-text('Rename')").last().waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#actors vaadin-button:has-text('Rename')").last().click();
        page.locator("#edit-name input").fill(name);
        page.locator("#edit-save").click();
        page.locator("#edit-name").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        BrowserSupport.waitForVaadin(page);
    }

    /** What docs/SECURITY.md tells an administrator to do: stop the app, unzip the backup into data/, start. */
    private void restore(Path zip) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = home.resolve("data").resolve(entry.getName()).normalize();
                assertThat(target.startsWith(home.resolve("data"))).isTrue();
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void a_backup_made_while_the_app_runs_restores_the_data_of_that_moment() throws Exception {
        start();
        Path zip;
        Path json;
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context);
            renameLastParty(page, "Russia (before the backup)");
            page.navigate("http://localhost:" + port + "/audit");
            page.locator("#backup-now").click();
            page.waitForCondition(
                    () -> page.locator("#backup-result").textContent().contains(".zip"));
            String result = page.locator("#backup-result").textContent();
            var m = java.util.regex.Pattern.compile("to (/\\S+) .*(redlines-\\S+\\.zip) (redlines-\\S+\\.json)")
                    .matcher(result);
            assertThat(m.find()).as(result).isTrue();
            zip = Path.of(m.group(1), m.group(2));
            json = Path.of(m.group(1), m.group(3));
            renameLastParty(page, "Russia (after the backup)");
        }
        assertThat(zip).startsWith(home).exists();
        var dataset = org.redlines.dataset.DatasetReader.read(Files.newInputStream(json));
        assertThat(dataset.actors().getLast().name()).isEqualTo("Russia (before the backup)");
        kill();
        restore(zip);
        start();
        try (BrowserContext context = browser.newContext()) {
            assertThat(matrixText(context))
                    .contains("Russia (before the backup)")
                    .doesNotContain("after the backup");
            Page again = signedIn(context);
            assertThat(again.locator("#signed-in-as").textContent()).contains("admin");
        }
    }
}
