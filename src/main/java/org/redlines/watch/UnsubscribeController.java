package org.redlines.watch;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redlines.i18n.Messages;
import org.redlines.i18n.PlainPage;
import org.redlines.routes.Routes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of every notification e-mail, without signing in. Opening it ({@code GET}) changes nothing
 * (mail scanners open links) and shows one button; the button, or a mail client's one-click unsubscribe (RFC 8058,
 * a {@code POST} to the same address), turns the e-mail off. An expired or altered link says so.
 */
@RestController
class UnsubscribeController {

    private final WatchService watches;
    private final SignedTokens tokens;

    UnsubscribeController(WatchService watches, SignedTokens tokens) {
        this.watches = watches;
        this.tokens = tokens;
    }

    @GetMapping("/" + Routes.UNSUBSCRIBE)
    ResponseEntity<String> confirm(@RequestParam(name = "t", required = false) String token) {
        Document page = PlainPage.start(Messages.t("watch.unsubscribe.title"));
        Element body = page.body();
        var subject = tokens.verify(token);
        if (subject.isEmpty()) {
            body.appendElement("p").attr("id", "unsubscribe-invalid").text(Messages.t("watch.unsubscribe.invalid"));
            return PlainPage.answer(page, 400);
        }
        body.appendElement("p")
                .text(Messages.t(
                        subject.get().startsWith("u:") ? "watch.unsubscribe.ask-all" : "watch.unsubscribe.ask-one"));
        Element form = body.appendElement("form").attr("method", "post").attr("action", Routes.UNSUBSCRIBE);
        form.appendElement("input").attr("type", "hidden").attr("name", "t").attr("value", token);
        form.appendElement("button")
                .attr("type", "submit")
                .attr("id", "unsubscribe")
                .text(Messages.t("watch.unsubscribe.button"));
        return PlainPage.answer(page, 200);
    }

    @PostMapping("/" + Routes.UNSUBSCRIBE)
    ResponseEntity<String> unsubscribe(@RequestParam(name = "t", required = false) String token) {
        WatchService.Unsubscribed done = watches.unsubscribe(token);
        Document page = PlainPage.start(Messages.t("watch.unsubscribe.title"));
        String key = switch (done) {
            case ONE -> "watch.unsubscribe.done-one";
            case ALL -> "watch.unsubscribe.done-all";
            case NOTHING -> "watch.unsubscribe.invalid";
        };
        page.body().appendElement("p").attr("id", "unsubscribe-result").text(Messages.t(key));
        page.body()
                .appendElement("p")
                .appendElement("a")
                .attr("href", Routes.WATCHES)
                .text(Messages.t("watch.mine"));
        return PlainPage.answer(page, done == WatchService.Unsubscribed.NOTHING ? 400 : 200);
    }
}
