package org.redlines.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import org.redlines.i18n.Messages;

/**
 * Copies a link to the user's clipboard and says what it copied; where the browser allows no clipboard (a page
 * not served over TLS), a hidden text area and the copy command do it instead.
 */
public final class Clipboard {

    /** Copies $0 (text, or with $1 a link resolved against the page; null: the address bar's URL). */
    private static final String SCRIPT = """
            const text = !$1 ? $0 : ($0 === null ? window.location.href : new URL($0, document.baseURI).href);
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => text);
            }
            const area = document.createElement('textarea');
            area.value = text;
            document.body.appendChild(area);
            area.select();
            document.execCommand('copy');
            area.remove();
            return text;""";

    private Clipboard() {}

    /** Copies a piece of text (an embed snippet) and says so. */
    public static void copyText(Component on, String text) {
        on.getElement()
                .executeJs(SCRIPT, text, false)
                .then(
                        String.class,
                        ok -> Notification.show(
                                Messages.t("share.embed.copied"), 5000, Notification.Position.BOTTOM_START),
                        error -> Notification.show(
                                Messages.t("matrix.copy-failed"), 8000, Notification.Position.BOTTOM_START));
    }

    /** Copies {@code link} (relative to the page), or with null the address bar's URL. */
    public static void copy(Component on, String link) {
        on.getElement()
                .executeJs(SCRIPT, link, true)
                .then(
                        String.class,
                        url -> Notification.show(
                                Messages.t("matrix.link-copied", url), 5000, Notification.Position.BOTTOM_START),
                        error -> Notification.show(
                                link == null
                                        ? Messages.t("matrix.copy-failed")
                                        : Messages.t("matrix.copy-failed.link", link),
                                8000,
                                Notification.Position.BOTTOM_START));
    }
}
