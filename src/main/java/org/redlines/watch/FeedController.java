package org.redlines.watch;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.redlines.positions.MatrixParams;
import org.redlines.routes.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /feeds/changes.atom?<the matrix's parameters>}: what moved in that view, for a feed reader. */
@RestController
class FeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final ChangesFeed feed;
    private final WatchService watches;

    FeedController(ChangesFeed feed, WatchService watches) {
        this.feed = feed;
        this.watches = watches;
    }

    /**
     * {@code GET /feeds/watch/<token>.atom}: the feed of one watch's view, for a reader that cannot sign in, when
     * reading needs a login. The token is the proof; its owner can replace it, and the old address stops working.
     */
    @GetMapping("/" + Routes.FEED_PRIVATE + "{token}.atom")
    ResponseEntity<byte[]> privateFeed(@PathVariable String token, HttpServletRequest request) {
        var link = watches.feedLink(token);
        if (link.isEmpty()) {
            return ResponseEntity.status(404)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("No feed at this address: it was replaced or its watch was deleted.\n"
                            .getBytes(StandardCharsets.UTF_8));
        }
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/";
        String xml = feed.write(WatchMatcher.parameters(link.get()), base);
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(xml.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/" + Routes.FEED_CHANGES)
    ResponseEntity<byte[]> changes(HttpServletRequest request) {
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/";
        String xml = feed.write(MatrixParams.fromServlet(request.getParameterMap()), base);
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(xml.getBytes(StandardCharsets.UTF_8));
    }
}
