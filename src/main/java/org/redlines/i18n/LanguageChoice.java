package org.redlines.i18n;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chooses each page's language before its view is built: a {@code lang} parameter in the link wins, otherwise
 * the browser's language, otherwise English. A chosen language stays in the address bar while the user moves
 * around the app, so that the URL keeps saying what is shown; the switcher in the top bar removes it when the
 * user picks their browser's own language.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    public static final String PARAM = "lang";

    /** What a UI was opened with: the browser's language, and the language a link asked for, if any. */
    record Choice(Locale browser, Locale asked) {}

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale browser = browserLocale(VaadinRequest.getCurrent());
            ComponentUtil.setData(ui, Choice.class, new Choice(browser, null));
            ui.setLocale(browser);
            ui.addBeforeEnterListener(LanguageChoice::beforeEnter);
            ui.addAfterNavigationListener(after -> {
                keepInAddressBar(ui, after.getLocation());
                ui.getPage()
                        .executeJs(
                                "document.documentElement.lang = $0",
                                ui.getLocale().toLanguageTag());
            });
        });
    }

    static Locale browserLocale(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return Messages.ENGLISH; // the container would answer with the server's own locale
        }
        List<Locale> wishes = request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
        for (Locale wish : wishes) {
            Locale found = Messages.supported(wish.toLanguageTag());
            if (found != null) {
                return found;
            }
        }
        return Messages.ENGLISH;
    }

    private static void beforeEnter(BeforeEnterEvent event) {
        UI ui = event.getUI();
        Choice choice = choice(ui);
        List<String> values =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAM, List.of());
        if (values.isEmpty()) {
            return;
        }
        Locale asked = Messages.supported(values.getFirst());
        if (asked == null) {
            Notification.show(
                    Messages.get(
                            choice.asked() != null ? choice.asked() : choice.browser(),
                            "language.unknown",
                            Messages.shorten(values.getFirst())),
                    6000,
                    Notification.Position.BOTTOM_START);
            ComponentUtil.setData(ui, Choice.class, new Choice(choice.browser(), null));
            ui.setLocale(choice.browser());
            return;
        }
        Locale before = ui.getLocale();
        ComponentUtil.setData(ui, Choice.class, new Choice(choice.browser(), asked));
        ui.setLocale(asked);
        if (!asked.equals(before)
                && ui.getInternals().getActiveRouterTargetsChain().size() > 0) {
            // Views already on screen were built in the other language: load the page again.
            ui.getPage().setLocation(event.getLocation().getPathWithQueryParameters());
        }
    }

    /** Puts the chosen language back into the address bar after a move that dropped it. */
    private static void keepInAddressBar(UI ui, Location location) {
        Choice choice = choice(ui);
        List<String> values = location.getQueryParameters().getParameters().getOrDefault(PARAM, List.of());
        String wanted = choice.asked() == null ? null : choice.asked().getLanguage();
        String shown = values.isEmpty() ? null : values.getFirst();
        if (java.util.Objects.equals(wanted, shown)) {
            return;
        }
        ui.getPage().getHistory().replaceState(null, withLanguage(location.getPathWithQueryParameters(), wanted));
    }

    /** The chosen language for links that leave the app's router (exports), or null for the browser's. */
    public static String asked() {
        UI ui = UI.getCurrent();
        Choice choice = ui == null ? null : choice(ui);
        return choice == null || choice.asked() == null ? null : choice.asked().getLanguage();
    }

    /** A relative link with {@code lang} set to {@code language}, or without it for null. */
    public static String withLanguage(String link, String language) {
        String path = link;
        String query = "";
        int q = link.indexOf('?');
        if (q >= 0) {
            path = link.substring(0, q);
            query = link.substring(q + 1);
        }
        StringBuilder kept = new StringBuilder();
        for (String part : query.split("&")) {
            if (part.isEmpty() || part.equals(PARAM) || part.startsWith(PARAM + "=")) {
                continue;
            }
            kept.append(kept.isEmpty() ? "" : "&").append(part);
        }
        if (language != null) {
            kept.append(kept.isEmpty() ? "" : "&").append(PARAM).append('=').append(language);
        }
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    /** The address-bar form of a link made inside the app: with the chosen language, if there is one. */
    public static String keep(String link) {
        String language = asked();
        return language == null ? link : withLanguage(link, language);
    }

    static Choice choice(UI ui) {
        Choice choice = ComponentUtil.getData(ui, Choice.class);
        return choice != null ? choice : new Choice(Messages.nearest(ui.getLocale()), null);
    }

    public static Locale browser(UI ui) {
        return choice(ui).browser();
    }
}
