package org.redlines.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Navigates to a relative link built by {@code Links}, whose query string the router wants given apart. */
public final class Navigation {

    private Navigation() {
    }

    public static void navigate(String link) {
        if (link == null || link.isBlank()) {
            return;
        }
        int query = link.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(link);
        } else {
            QueryParameters parameters;
            try {
                parameters = QueryParameters.fromString(link.substring(query + 1));
            } catch (IllegalArgumentException malformed) {
                parameters = QueryParameters.empty();
            }
            UI.getCurrent().navigate(link.substring(0, query), parameters);
        }
    }
}
