package org.redlines.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * When reading needs a login, a feed reader that cannot sign in gets a watch's feed only at its private address:
 * the public feed refuses it, the private address serves the watched view's feed, and once its owner makes a new
 * address (or stops it) the old one answers 404.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:private-feed;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json",
            "redlines.security.read-requires-login=true"
        })
class PrivateFeedHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    WatchService watches;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static <T> T asVera(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "vera", null, List.of(new SimpleGrantedAuthority(Role.VIEWER.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_private_feed_address_serves_the_watched_view_until_it_is_replaced() throws Exception {
        assertThat(get("feeds/changes.atom?plan=P1&actors=AA").statusCode())
                .as("the public feed needs a sign-in here")
                .isIn(302, 401, 403);

        WatchInfo watch = asVera(() -> watches.watchMatrix(Map.of("plan", List.of("P1"), "actors", List.of("AA"))));
        WatchInfo withToken = asVera(() -> watches.newFeedToken(watch.id()));
        String address = "feeds/watch/" + withToken.feedToken() + ".atom";
        HttpResponse<String> response = get(address);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getEntries()).hasSize(3);
        assertThat(response.body()).contains("actor:AA").doesNotContain("actor:BB");

        WatchInfo replaced = asVera(() -> watches.newFeedToken(watch.id()));
        assertThat(get(address).statusCode()).isEqualTo(404);
        String next = "feeds/watch/" + replaced.feedToken() + ".atom";
        assertThat(get(next).statusCode()).isEqualTo(200);
        asVera(() -> watches.revokeFeedToken(watch.id()));
        assertThat(get(next).statusCode()).isEqualTo(404);
        assertThat(get("feeds/watch/not-a-token-at-all-really.atom").statusCode())
                .isEqualTo(404);
    }
}
