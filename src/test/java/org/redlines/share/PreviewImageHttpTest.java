package org.redlines.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.SourceInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The preview picture as a chat client fetches it: a 1200x630 PNG for the link's own view, the same bytes and an
 * ETag until the data changes, a 304 for a client that has it, and a new picture once a shown cell moves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:preview-image;DB_CLOSE_DELAY=-1")
class PreviewImageHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    CurationService curation;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String pathAndQuery, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/" + pathAndQuery))
                .header("User-Agent", "Slackbot-LinkExpanding 1.0");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static BufferedImage image(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    @Test
    void each_view_link_names_its_picture_and_the_picture_is_a_1200_by_630_png() throws Exception {
        String page = new String(get("matrix?plan=US-UA-20&actors=RU", null).body());
        String src = Jsoup.parse(page).select("meta[property=og:image]").attr("content");
        assertThat(src).startsWith("http://localhost:" + port + "/preview.png?view=matrix&plan=US-UA-20&actors=RU");
        assertThat(Jsoup.parse(page).select("meta[property=og:image:width]").attr("content"))
                .isEqualTo("1200");
        BufferedImage matrix = image(get(src.substring(src.indexOf("preview.png")), null));
        assertThat(matrix.getWidth()).isEqualTo(1200);
        assertThat(matrix.getHeight()).isEqualTo(630);

        String point = Jsoup.parse(new String(get("points/US-28/21", null).body()))
                .select("meta[property=og:image]")
                .attr("content");
        assertThat(point).endsWith("/preview.png?view=point&plan=US-28&ref=21");
        BufferedImage picture = image(get("preview.png?view=point&plan=US-28&ref=21", null));
        assertThat(picture.getWidth()).isEqualTo(1200);
    }

    @Test
    void the_picture_is_cached_until_the_data_changes() throws Exception {
        String link = "preview.png?view=matrix&plan=US-UA-20";
        HttpResponse<byte[]> first = get(link, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");
        HttpResponse<byte[]> again = get(link, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get(link, null).body()).isEqualTo(first.body());

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "ana", null, List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));
        try {
            curation.addPosition(
                    "US-UA-20",
                    "1",
                    "RU",
                    new PositionDraft(
                            Stance.OPPOSES,
                            true,
                            "A red line drawn for this test",
                            LocalDate.now(),
                            List.of(new SourceInfo("Agency", null, "https://news.example/x", null))));
        } finally {
            SecurityContextHolder.clearContext();
        }
        HttpResponse<byte[]> changed = get(link, etag);
        assertThat(changed.statusCode()).as("the old picture is stale").isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(changed.body()).isNotEqualTo(first.body());
    }
}
