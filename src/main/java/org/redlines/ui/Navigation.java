package org.redlines.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.redlines.i18n.Messages;

/** Navigates to a relative link built by {@code Links}, whose query string the router wants given apart. */
public final class Navigation {

    private Navigation() {}

    /**
     * Puts the corrected link in the address bar without a new history entry, after a link with invalid
     * values was opened, so that what is shared is what is shown.
     */
    public static void replaceUrl(String link) {
        UI.getCurrent().getPage().getHistory().replaceState(null, org.redlines.i18n.LanguageChoice.keep(link));
    }

    /** A date field that shows and accepts dates as links and datasets write them: YYYY-MM-DD. */
    public static void isoDates(com.vaadin.flow.component.datepicker.DatePicker field) {
        java.util.Locale locale = Messages.current();
        field.setI18n(new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setMonthNames(java.util.Arrays.stream(java.time.Month.values())
                        .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(java.time.format.TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(java.time.format.TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(Integer.parseInt(Messages.raw(locale, "format.first-day-of-week")))
                .setToday(Messages.t("common.date.today"))
                .setCancel(Messages.t("common.cancel")));
        field.setPlaceholder(Messages.t("common.date.placeholder"));
        field.setLocale(locale);
    }

    /** Day names from Sunday, as the date picker wants them. */
    private static java.util.List<String> weekdays(java.time.format.TextStyle style, java.util.Locale locale) {
        java.util.List<String> days = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(java.time.DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale));
        }
        return days;
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
