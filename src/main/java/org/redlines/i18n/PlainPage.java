package org.redlines.i18n;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A plain HTML page outside the Vaadin interface (an e-mail's unsubscribe link, a refused single sign-on): in the
 * current language, built with jsoup so that every text is escaped, never cached, never indexed.
 */
public final class PlainPage {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private PlainPage() {}

    /** A page with this title as its heading; add to its body. */
    public static Document start(String title) {
        Document page = Document.createShell("");
        page.child(0).attr("lang", Messages.current().getLanguage());
        page.title(title);
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        page.head()
                .appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        page.body().attr("style", "font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem");
        page.body().appendElement("h1").text(title);
        return page;
    }

    public static ResponseEntity<String> answer(Document page, int status) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body("<!DOCTYPE html>" + page.outerHtml());
    }
}
