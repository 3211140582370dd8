package org.redlines.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.redlines.i18n.Messages;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes a first view into a page: the title, the description and the preview-card tags in the head, the content
 * in the body. Used on Vaadin's bootstrap page (where the live view later takes the content's place) and on the
 * plain page that link unfurlers get.
 */
final class FirstPage {

    /** The sign-in path is all an anonymous visitor learns when reading needs an account. */
    static final String SIGN_IN_ONLY = "sign-in-only";

    private static final String STYLE_ID = "rl-first-style";

    private static final String DEFERRED_ID = "rl-deferred";

    /** first-view.css without its comments and indentation (about 3 KB). */
    private static final String STYLE =
            resource("first-view.css").replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s*\n\\s*", "");

    /**
     * Copies the deferred elements into the head, once: after the first frame, or at once when nobody sees it.
     * Stylesheets and preloads go in first; the scripts only once every stylesheet has loaded or failed, because a
     * stylesheet added by script blocks neither rendering nor scripts: the client must not draw the live view, or
     * measure it (the grid scrolls to a selected point by its row heights), before Lumo's rules apply.
     */
    private static final String START = """
            (function () {
              var started = false;
              function copy(original) {
                var element = document.createElement(original.localName);
                Array.prototype.forEach.call(original.attributes, function (a) { element.setAttribute(a.name, a.value); });
                return element;
              }
              function start() {
                if (started) { return; }
                started = true;
                var all = Array.prototype.slice.call(document.getElementById('%s').content.children);
                var scripts = all.filter(function (e) { return e.localName === 'script'; });
                var pending = 0;
                function runScripts() {
                  scripts.forEach(function (original) { document.head.appendChild(copy(original)); });
                }
                function loaded() {
                  if (--pending === 0) { runScripts(); }
                }
                scripts.forEach(function (original) {
                  // fetched and compiled while the stylesheets load, run once they have
                  var hint = document.createElement('link');
                  hint.rel = 'modulepreload';
                  hint.href = original.getAttribute('src');
                  hint.crossOrigin = original.crossOrigin;
                  document.head.appendChild(hint);
                });
                all.forEach(function (original) {
                  if (original.localName === 'script') { return; }
                  var element = copy(original);
                  if (element.rel === 'stylesheet') {
                    pending++;
                    element.addEventListener('load', loaded);
                    element.addEventListener('error', loaded);
                  }
                  document.head.appendChild(element);
                });
                if (pending === 0) { runScripts(); }
              }
              if (document.visibilityState === 'hidden') {
                start();
              } else {
                var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
                if (types && types.indexOf('paint') >= 0) {
                  // the first frame shown on screen, not merely drawn: its raster is not slowed by the client
                  new PerformanceObserver(function (list, observer) {
                    if (list.getEntriesByName('first-contentful-paint').length) {
                      observer.disconnect();
                      setTimeout(start, 0);
                    }
                  }).observe({type: 'paint', buffered: true});
                } else {
                  requestAnimationFrame(function () { setTimeout(start, 0); });
                }
                setTimeout(start, 3000);
              }
            })();
            """.formatted(DEFERRED_ID);

    private FirstPage() {}

    private static String resource(String name) {
        try {
            return new ClassPathResource(name, FirstPage.class).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty page with the first view's rules, for answers that Vaadin does not write (unfurlers, embeds). */
    static Document shell(String origin) {
        Document document = Document.createShell(origin);
        document.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        document.head().appendElement("meta").attr("charset", "UTF-8");
        document.head()
                .appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        style(document);
        icons(document, java.net.URI.create(origin).getRawPath());
        return document;
    }

    /**
     * The app's icon for browser tabs, bookmarks, home screens and the site line of a preview card: an SVG where it
     * is understood, a PNG for the rest ({@code /favicon.ico} answers those that ask without reading the page).
     */
    static void icons(Document document, String contextPath) {
        if (!document.head().select("link[rel=icon]").isEmpty()) {
            return;
        }
        String base = contextPath == null ? "" : contextPath;
        for (String[] icon : new String[][] {
            {"icon", "image/svg+xml", "", "/icons/favicon.svg"},
            {"icon", "image/png", "32x32", "/icons/icon-32.png"},
            {"apple-touch-icon", "", "", "/icons/apple-touch-icon.png"}
        }) {
            Element link = document.head().appendElement("link").attr("rel", icon[0]);
            if (!icon[1].isEmpty()) {
                link.attr("type", icon[1]);
            }
            if (!icon[2].isEmpty()) {
                link.attr("sizes", icon[2]);
            }
            link.attr("href", base + icon[3]);
        }
    }

    /** The first view's own rules (first-view.css), written into the page so that its first paint waits for nothing. */
    static void style(Document document) {
        if (document.getElementById(STYLE_ID) == null) {
            document.head().appendElement("style").id(STYLE_ID).appendChild(new DataNode(STYLE));
        }
    }

    /**
     * Starts the app's stylesheets and client after the browser has painted the first view rather than before:
     * the stylesheets, the client's module script and its preloads move into an inert {@code <template>}, and a
     * small script puts copies of them back into the head once the first frame is shown (at once in a hidden tab),
     * the client's script last, after the stylesheets have loaded.
     * Parsing Lumo's stylesheet and compiling the client otherwise hold the first paint back by about 200 ms on a
     * small machine, while the live view is ready no later (ADR 26).
     */
    static void deferClient(Document document) {
        Element head = document.head();
        Elements deferred =
                head.select("> link[rel=stylesheet], > link[rel=modulepreload], > script[type=module][src]");
        if (deferred.isEmpty()) {
            return;
        }
        Element template = head.appendElement("template").id(DEFERRED_ID);
        deferred.forEach(template::appendChild);
        document.body().appendElement("script").appendChild(new DataNode(START));
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
        style(document);
        Element outlet = document.getElementById("outlet");
        (outlet != null ? outlet : document.body()).prependChild(content);
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }
}
