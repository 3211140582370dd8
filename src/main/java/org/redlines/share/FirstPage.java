package org.redlines.share;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redlines.i18n.Messages;

/**
 * Writes a first view into a page: the title, the description and the preview-card tags in the head, the content
 * in the body. Used on Vaadin's bootstrap page (where the live view later takes the content's place) and on the
 * plain page that link unfurlers get.
 */
final class FirstPage {

    /** The sign-in path is all an anonymous visitor learns when reading needs an account. */
    static final String SIGN_IN_ONLY = "sign-in-only";

    private FirstPage() {}

    /** An empty page with the app's stylesheet, for answers that Vaadin does not write (unfurlers, embeds). */
    static Document shell(String origin, String contextPath) {
        Document document = Document.createShell(origin);
        document.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        document.head().appendElement("meta").attr("charset", "UTF-8");
        document.head()
                .appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        document.head().appendElement("link").attr("rel", "stylesheet").attr("href", contextPath + "/styles.css");
        return document;
    }

    static void head(Document document, FirstView view, Locale locale) {
        document.title(view.title());
        Element head = document.head();
        head.select("meta[name=description], meta[property^=og:], meta[name^=twitter:], link[rel=canonical]")
                .remove();
        head.appendElement("meta").attr("name", "description").attr("content", view.description());
        head.appendElement("link").attr("rel", "canonical").attr("href", view.canonical());
        property(head, "og:type", "website");
        property(head, "og:site_name", Messages.get(locale, "app.name"));
        property(head, "og:title", view.title());
        property(head, "og:description", view.description());
        property(head, "og:url", view.canonical());
        property(head, "og:locale", locale.toLanguageTag().replace('-', '_'));
        property(head, "og:image", view.image());
        property(head, "og:image:type", "image/png");
        property(head, "og:image:width", String.valueOf(PreviewImage.WIDTH));
        property(head, "og:image:height", String.valueOf(PreviewImage.HEIGHT));
        property(head, "og:image:alt", view.description());
        head.appendElement("meta").attr("name", "twitter:card").attr("content", "summary_large_image");
        head.appendElement("meta").attr("name", "twitter:image").attr("content", view.image());
        head.appendElement("meta").attr("name", "twitter:title").attr("content", view.title());
        head.appendElement("meta").attr("name", "twitter:description").attr("content", view.description());
        document.selectFirst("html").attr("lang", locale.getLanguage());
    }

    /** A page that says only what the product is and where to sign in. */
    static void signInOnly(Document document, Locale locale, String signIn) {
        String name = Messages.get(locale, "app.name");
        document.title(name);
        document.head().appendElement("meta").attr("name", "description").attr("content", name);
        property(document.head(), "og:title", name);
        property(document.head(), "og:type", "website");
        document.selectFirst("html").attr("lang", locale.getLanguage());
        Element body = new Element("div").id("rl-first").addClass("rl-first").attr("data-first", SIGN_IN_ONLY);
        body.appendElement("h1").text(name);
        body.appendElement("p").appendElement("a").attr("href", signIn).text(Messages.get(locale, "first.sign-in"));
        content(document, body);
    }

    /** Puts the content where the live view will go: inside the outlet when the page has one, else the body. */
    static void content(Document document, Element content) {
        Element outlet = document.getElementById("outlet");
        (outlet != null ? outlet : document.body()).prependChild(content);
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }
}
