package org.redlines.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.redlines.Application;
import org.redlines.e2e.BrowserAccess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away while the app runs (the embedded PostgreSQL is stopped) and comes back: readers get a
 * page and an export answer that say so, never an error page, and the app serves again once it is back.
 */
class DatabaseOutageIT {

    private EmbeddedPostgres start(Path data, Path sockets, int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("unix_socket_directories", sockets.toString())
                .start();
    }

    @Test
    void readers_are_told_the_database_is_away_and_the_app_recovers_when_it_is_back() throws Exception {
        Path data = Files.createTempDirectory("redlines-outage-data");
        Path sockets = Files.createTempDirectory("redlines-outage-sock");
        int dbPort;
        try (ServerSocket s = new ServerSocket(0)) {
            dbPort = s.getLocalPort();
        }
        EmbeddedPostgres postgres = start(data, sockets, dbPort);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database redlines");
        }
        String url = postgres.getJdbcUrl("postgres", "redlines");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--spring.datasource.hikari.validation-timeout=1000");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        URI csv = URI.create("http://localhost:" + port + "/export/matrix.csv?plan=US-28");
        try (Playwright playwright = BrowserAccess.playwright();
                Browser browser = BrowserAccess.launch(playwright)) {
            assertThat(http.send(HttpRequest.newBuilder(csv).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);

            postgres.close();

            HttpResponse<String> away =
                    http.send(HttpRequest.newBuilder(csv).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(away.statusCode()).isEqualTo(503);
            assertThat(away.body()).contains("database cannot be reached").doesNotContain("Exception");
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/matrix?plan=US-28");
            page.locator("#server-error").waitFor();
            assertThat(page.locator("#server-error").textContent())
                    .contains("The database cannot be reached", "Nothing was changed")
                    .doesNotContain("Exception");

            postgres = start(data, sockets, dbPort);

            HttpResponse<String> back = null;
            for (int i = 0; i < 40; i++) {
                back = http.send(HttpRequest.newBuilder(csv).build(), HttpResponse.BodyHandlers.ofString());
                if (back.statusCode() == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(back.statusCode()).isEqualTo(200);
            page.navigate("http://localhost:" + port + "/matrix?plan=US-28");
            page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        } finally {
            app.close();
            postgres.close();
        }
    }
}
