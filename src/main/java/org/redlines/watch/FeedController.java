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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /feeds/changes.atom?<the matrix's parameters>}: what moved in that view, for a feed reader. */
@RestController
class FeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final ChangesFeed feed;

    FeedController(ChangesFeed feed) {
        this.feed = feed;
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
