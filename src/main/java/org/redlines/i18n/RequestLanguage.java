package org.redlines.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of an export or other plain HTTP answer: the link's {@code lang} parameter, otherwise the best
 * of the browser's languages, otherwise English; the same order as the views follow.
 */
@Component("localeResolver")
public class RequestLanguage implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale asked;
        try {
            asked = Messages.supported(request.getParameter(LanguageChoice.PARAM));
        } catch (RuntimeException badlyEncoded) {
            asked = null;
        }
        if (asked != null) {
            return asked;
        }
        if (request.getHeader("Accept-Language") == null) {
            return Messages.ENGLISH; // the container would answer with the server's own locale
        }
        for (Locale wish : Collections.list(request.getLocales())) {
            Locale found = Messages.supported(wish.toLanguageTag());
            if (found != null) {
                return found;
            }
        }
        return Messages.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language comes from the link or the browser");
    }
}
