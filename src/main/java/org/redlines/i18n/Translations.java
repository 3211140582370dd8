package org.redlines.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vaadin's view of {@link Messages}: {@code getTranslation(key)} in every component reads the same files. */
@Component
public class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
