package org.redlines.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Navigates to a relative link built by {@code Links}, whose query string the router wants given apart. */
public final class Navigation {

    private Navigation() {
    }

    /**
     * Puts the corrected link in the address bar without a new history entry, after a link with invalid
     * values was opened, so that what is shared is what is shown.
     */
    public static void replaceUrl(String link) {
        UI.getCurrent().getPage().getHistory().replaceState(null, link);
    }

    /** A date field that shows and accepts dates as links and datasets write them: YYYY-MM-DD. */
    public static void isoDates(com.vaadin.flow.component.datepicker.DatePicker field) {
        field.setI18n(new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        field.setPlaceholder("YYYY-MM-DD");
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
