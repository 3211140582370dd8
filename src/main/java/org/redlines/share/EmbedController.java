package org.redlines.share;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redlines.i18n.Messages;
import org.redlines.routes.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /embed/matrix?...} and {@code /embed/charts?...}: the view as it is in the first answer, read-only and
 * without the app around it, for another site's page. Plain HTML without the Vaadin client, so that it needs no
 * session and no cookie (browsers do not send ours into a frame on another site). Its links open outside the
 * frame; "Open in Redlines" leads to the full view. Which sites may frame it is the security module's header
 * ({@code redlines.embed.allowed-origins}).
 */
@RestController
class EmbedController {

    private final FirstViews views;

    EmbedController(FirstViews views) {
        this.views = views;
    }

    @GetMapping("/" + Routes.EMBED_MATRIX)
    ResponseEntity<byte[]> matrix(HttpServletRequest request) {
        return embed(request, Routes.MATRIX);
    }

    @GetMapping("/" + Routes.EMBED_CHARTS)
    ResponseEntity<byte[]> charts(HttpServletRequest request) {
        return embed(request, Routes.CHARTS);
    }

    private ResponseEntity<byte[]> embed(HttpServletRequest request, String route) {
        String origin = FirstViews.origin(request);
        Document document = FirstPage.shell(origin);
        document.head().appendElement("base").attr("target", "_blank");
        boolean shown = views.fill(document, "/" + route, request.getParameterMap(), origin, true);
        document.body().addClass("rl-embed");
        Element canonical = document.head().selectFirst("link[rel=canonical]");
        String full = shown && canonical != null ? canonical.attr("href") : origin + "/" + route;
        Element bar = document.selectFirst(".rl-first-bar");
        if (bar != null) {
            bar.empty();
            bar.appendElement("span").text(Messages.t("app.name"));
            bar.appendElement("a").id("open-in-redlines").attr("href", full).text(Messages.t("embed.open"));
        }
        CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(1));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(views.publicReads() ? cache.cachePublic() : cache.cachePrivate())
                .body(document.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
}
