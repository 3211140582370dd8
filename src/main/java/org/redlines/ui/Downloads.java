package org.redlines.ui;

import com.vaadin.flow.component.Component;

/**
 * Starts a download of a link (relative to the page) as a click on a link would, so that a menu item, chosen by
 * mouse or keyboard, downloads exactly what the link serves, under the name the server gives it.
 */
public final class Downloads {

    private Downloads() {}

    public static void start(Component on, String href) {
        on.getElement().executeJs("""
                        const link = document.createElement('a');
                        link.href = $0;
                        link.download = '';
                        document.body.appendChild(link);
                        link.click();
                        link.remove();""", href);
    }
}
