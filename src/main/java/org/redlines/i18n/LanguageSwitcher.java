package org.redlines.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * The language menu in the top bar. Picking the browser's own language removes {@code lang} from the link;
 * picking another puts it there. The page is then loaded again, so that every text on it is in one language.
 */
public class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher() {
        setId("language");
        addClassName("rl-language");
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        setItems(Messages.locales());
        setItemLabelGenerator(LanguageSwitcher::ownName);
        UI ui = UI.getCurrent();
        if (ui != null) {
            setValue(Messages.nearest(ui.getLocale()));
        }
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            UI current = UI.getCurrent();
            String language = e.getValue().equals(LanguageChoice.browser(current))
                    ? null
                    : e.getValue().getLanguage();
            current.getPage().executeJs("""
                    const url = new URL(window.location.href);
                    if ($0 === null) { url.searchParams.delete('lang'); } else { url.searchParams.set('lang', $0); }
                    window.location.assign(url.href);""", language);
        });
    }

    /** A language named in itself, as people look for it: "English", "Українська". */
    public static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
