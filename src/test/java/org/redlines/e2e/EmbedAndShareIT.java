package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Embeds in Chromium, framed by pages on other local origins: the origin that {@code redlines.embed.allowed-origins}
 * names shows the embed and its "Open in Redlines" link opens the full view outside the frame; another origin is
 * refused by the Content-Security-Policy, and so is the full app on the allowed one. Then the Share menu as a
 * reader uses it: the embed snippet, the preview picture, the Word briefing.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:embed-it;DB_CLOSE_DELAY=-1")
class EmbedAndShareIT extends BrowserTestBase {

    private static final int ALLOWED_PORT = freePort();
    private static final int OTHER_PORT = freePort();
    private static HttpServer allowed;
    private static HttpServer other;

    @DynamicPropertySource
    static void origins(DynamicPropertyRegistry registry) {
        registry.add(
                "redlines.embed.allowed-origins",
                () -> "http://127.0.0.1:" + ALLOWED_PORT + ", https://intranet.example.org, javascript:alert(1)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A site of its own on {@code port} whose page frames whatever its {@code src} parameter names. */
    private static HttpServer site(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String src = java.net.URLDecoder.decode(query.substring("src=".length()), StandardCharsets.UTF_8);
            byte[] body = ("<!doctype html><html><head><title>Intranet</title></head><body>"
                            + "<h1>Our intranet page</h1><iframe id=\"f\" src=\"" + src
                            + "\" width=\"1100\" height=\"700\"></iframe></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @BeforeAll
    static void startSites() throws IOException {
        allowed = site(ALLOWED_PORT);
        other = site(OTHER_PORT);
    }

    @AfterAll
    static void stopSites() {
        allowed.stop(0);
        other.stop(0);
    }

    private String framing(int sitePort, String appPath) {
        return "http://127.0.0.1:" + sitePort + "/?src="
                + java.net.URLEncoder.encode(url(appPath), StandardCharsets.UTF_8);
    }

    private void shot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    @Test
    void an_allowed_origin_frames_the_embed_and_its_link_opens_the_full_view() {
        page.navigate(framing(ALLOWED_PORT, "embed/matrix?plan=US-UA-20&actors=UA,RU"));
        FrameLocator frame = page.frameLocator("#f");
        frame.locator("#first-matrix tbody tr").first().waitFor();
        assertThat(frame.locator("#first-matrix tbody tr").count()).isEqualTo(19);
        assertThat(frame.locator("#first-matrix thead th").allInnerTexts()).contains("Ukraine", "Russia");
        shot(page, "embed-framed-matrix");

        Page full = page.waitForPopup(() -> frame.locator("#open-in-redlines").click());
        full.waitForURL(u -> u.contains("/matrix?plan=US-UA-20&actors=UA,RU"));
        full.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        full.close();

        page.navigate(framing(ALLOWED_PORT, "embed/charts?chart=stances&plan=US-28"));
        page.frameLocator("#f").locator("#first-chart-table tbody tr").first().waitFor();
        page.frameLocator("#f").locator("img.rl-first-figure").waitFor();
        assertThat((Boolean) page.frames()
                        .get(1)
                        .evaluate("() => document.querySelector('img.rl-first-figure').naturalWidth === 1200"))
                .as("the chart's picture loads inside the frame")
                .isTrue();
        shot(page, "embed-framed-chart");
    }

    @Test
    void another_origin_and_the_full_app_are_refused_by_the_content_security_policy() {
        page.navigate(framing(OTHER_PORT, "embed/matrix?plan=US-UA-20"));
        page.waitForTimeout(1500);
        assertThat(page.frameLocator("#f").locator("#first-matrix").count()).isZero();
        page.navigate(framing(ALLOWED_PORT, "matrix?plan=US-UA-20"));
        page.waitForTimeout(1500);
        assertThat(page.frameLocator("#f")
                        .locator("#first-matrix, vaadin-app-layout")
                        .count())
                .isZero();
        assertThat(refusedByPolicy)
                .as("Chromium says why it refused both frames")
                .hasSize(2)
                .allSatisfy(m -> assertThat(m).contains("frame-ancestors"));
        // the refusals are what this test expects; no other page may have any
        refusedByPolicy.clear();
    }

    @Test
    void the_share_menu_gives_the_embed_snippet_the_preview_picture_and_the_word_briefing() throws Exception {
        page.navigate(url("matrix?plan=US-UA-20&actors=UA,RU"));
        page.locator("#matrix-grid .rl-cell[data-ref]").first().waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#share").click();
        page.locator("vaadin-menu-bar-item#share-embed").click();
        String snippet = page.locator("#embed-snippet textarea").inputValue();
        assertThat(snippet)
                .startsWith("<iframe src=\"http://localhost:" + port + "/embed/matrix?plan=US-UA-20&amp;actors=UA,RU\"")
                .contains("title=\"Redlines\"");
        shot(page, "share-embed-dialog");
        page.keyboard().press("Escape");

        page.navigate(url("compare/actors?plan=US-UA-20&a=UA&b=RU"));
        page.locator("#compare-grid").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#share").click();
        assertThat(page.locator("vaadin-menu-bar-item#copy-link").isVisible()).isTrue();
        assertThat(page.locator("vaadin-menu-bar-item#share-embed").isVisible())
                .as("party vs party has no embed")
                .isFalse();
        Page picture = page.waitForPopup(
                () -> page.locator("vaadin-menu-bar-item#share-preview").click());
        picture.waitForLoadState();
        assertThat(picture.url()).contains("/preview.png?view=compare-actors").contains("a=UA");
        assertThat((Boolean) picture.evaluate("() => document.images[0].naturalWidth === 1200"))
                .isTrue();
        picture.close();

        page.navigate(url("points/US-28/21"));
        page.locator("#share").waitFor();
        BrowserSupport.waitForVaadin(page);
        page.locator("#share").click();
        Download download = page.waitForDownload(
                () -> page.locator("vaadin-menu-bar-item#share-briefing-docx").click());
        assertThat(download.suggestedFilename()).isEqualTo("redlines-briefing-US-28-21.docx");
        try (InputStream in = Files.newInputStream(download.path());
                XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().getFirst().getText()).contains("21");
            assertThat(doc.getFootnotes()).isNotEmpty();
        }
    }
}
