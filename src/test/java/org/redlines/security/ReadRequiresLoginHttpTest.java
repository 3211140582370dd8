package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With reads behind sign-in, the downloads a reader could otherwise fetch by address (the matrix files, the
 * briefings, the events calendar) give an anonymous request nothing of the data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "redlines.security.read-requires-login=true",
            "spring.datasource.url=jdbc:h2:mem:read-requires-login-http;DB_CLOSE_DELAY=-1"
        })
class ReadRequiresLoginHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A GET without cookies or token, as a visitor who has not signed in. */
    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_first_answer_of_a_view_gives_an_anonymous_visitor_only_the_sign_in_path() throws Exception {
        for (String agent : new String[] {"Mozilla/5.0 Chrome/156.0", "Slackbot-LinkExpanding 1.0"}) {
            for (String path : new String[] {"matrix?plan=US-28", "points/US-28/21"}) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .header("User-Agent", agent)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    assertThat(response.body())
                            .as(agent + " " + path)
                            .contains("data-first=\"sign-in-only\"", "href=\"/login\"")
                            .doesNotContain("Territory", "Ukraine", "first-matrix", "og:description");
                } else {
                    assertThat(response.statusCode()).as(agent + " " + path).isIn(302, 401, 403);
                    assertThat(response.body()).doesNotContain("Territory", "Ukraine");
                }
            }
        }
    }

    @Test
    void the_preview_picture_shows_an_anonymous_visitor_nothing_but_the_product() throws Exception {
        byte[] matrix = http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/preview.png?view=matrix&plan=US-28"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        byte[] point = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/preview.png?view=point&plan=US-UA-20&ref=4"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertThat(matrix).as("a PNG").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(point).as("the same generic picture, whatever the link").isEqualTo(matrix);
    }

    @Test
    void anonymous_requests_for_reader_downloads_get_no_data() throws Exception {
        for (String path : new String[] {
            "export/matrix.csv?plan=US-28",
            "export/matrix.xlsx?plan=US-28",
            "export/briefing.pdf?plan=US-28",
            "export/point-briefing.pdf?plan=US-28&ref=21",
            "export/briefing.docx?plan=US-28",
            "export/point-briefing.docx?plan=US-28&ref=21",
            "export/events.ics",
            "feeds/changes.atom?plan=US-28"
        }) {
            HttpResponse<String> response = anonymous(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("BEGIN:VCALENDAR", "Geneva", "Territory", "%PDF", "<feed", "PK");
        }
        // A script gets 401 and a problem document from the API, not the sign-in page.
        for (String path : new String[] {"api/v1/matrix?plan=US-28", "api/v1/plans", "api/v1/points/US-28/21"}) {
            HttpResponse<String> response = anonymous(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).as(path).contains("\"status\":401").doesNotContain("Territory", "Geneva");
        }
    }

    @Test
    void an_anonymous_embed_shows_only_the_product_and_the_sign_in_path() throws Exception {
        for (String path : new String[] {"embed/matrix?plan=US-28", "embed/charts?plan=US-28"}) {
            HttpResponse<String> response = anonymous(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("Redlines", "/login").doesNotContain("Territory", "Russia");
        }
    }

    @Test
    void the_sign_in_page_and_a_preview_card_still_get_the_app_s_icon() throws Exception {
        for (String path : new String[] {"icons/favicon.svg", "icons/icon-32.png", "icons/apple-touch-icon.png"}) {
            HttpResponse<String> response = anonymous(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }
}
