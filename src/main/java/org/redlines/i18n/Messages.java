package org.redlines.i18n;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The interface's words in every language it has. Each language is one file on the class path,
 * {@code vaadin-i18n/translations_<language>.properties}; the file without a suffix is English and the fallback.
 * Adding a language is adding its file: the languages are found by listing the folder.
 *
 * <p>{@link #t} translates for the current user: the UI's locale in a Vaadin request, otherwise the locale of
 * the HTTP request (its {@code lang} parameter, then Accept-Language), otherwise English.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String FOLDER = "vaadin-i18n/";
    private static final Pattern FILE = Pattern.compile("translations(?:_([a-z]{2,3}))?\\.properties");
    private static final Map<Locale, Properties> BUNDLES = load(Messages.class.getClassLoader());
    private static final List<Locale> LOCALES = List.copyOf(BUNDLES.keySet());

    private Messages() {}

    /** The languages of the interface, English first. */
    public static List<Locale> locales() {
        return LOCALES;
    }

    /** The language for a wish such as {@code uk}, {@code uk-UA} or {@code en_GB}, or null if there is none. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(null);
    }

    /** The best supported language for a locale, English when none fits. */
    public static Locale nearest(Locale wish) {
        Locale found = wish == null ? null : supported(wish.toLanguageTag());
        return found == null ? ENGLISH : found;
    }

    /** The language of the current request or UI. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return nearest(ui.getLocale());
        }
        // Without a request or UI (start-up, background work) the server's own locale must not leak in.
        return LocaleContextHolder.getLocaleContext() == null ? ENGLISH : nearest(LocaleContextHolder.getLocale());
    }

    /** The text of {@code key} in the current language; {@code {0}}-style placeholders take {@code args}. */
    public static String t(String key, Object... args) {
        return get(current(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern = raw(nearest(locale), key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), nearest(locale)).format(localised(args, nearest(locale)));
    }

    /** The text in {@code locale}'s file, falling back to English; null when no file has the key. */
    public static String raw(Locale locale, String key) {
        Properties own = BUNDLES.get(locale);
        String value = own == null ? null : own.getProperty(key);
        return value != null ? value : BUNDLES.get(ENGLISH).getProperty(key);
    }

    /** Whether the key exists in the English file, which every other file must match. */
    public static boolean has(String key) {
        return BUNDLES.get(ENGLISH).containsKey(key);
    }

    /** A date as the current language writes it (the pattern is {@code format.date} in its file). */
    public static String date(LocalDate date) {
        return date == null ? "" : date(current(), date);
    }

    public static String date(Locale locale, LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern(raw(nearest(locale), "format.date"), nearest(locale))
                        .format(date);
    }

    /** A moment to the minute, in UTC, as the current language writes it ({@code format.datetime}). */
    public static String dateTime(Instant when) {
        return when == null
                ? ""
                : DateTimeFormatter.ofPattern(raw(current(), "format.datetime"), current())
                        .withZone(ZoneOffset.UTC)
                        .format(when);
    }

    /**
     * A moment to the second for exports and print: {@code format.timestamp} is a pattern in UTC, or {@code iso}
     * for ISO 8601 as machines read it (2025-01-02T03:04:05Z).
     */
    public static String timestamp(Instant when) {
        if (when == null) {
            return "";
        }
        String pattern = raw(current(), "format.timestamp");
        Instant seconds = when.truncatedTo(ChronoUnit.SECONDS);
        return "iso".equals(pattern)
                ? seconds.toString()
                : DateTimeFormatter.ofPattern(pattern, current())
                        .withZone(ZoneOffset.UTC)
                        .format(seconds);
    }

    /** A value from a link as a message may quote it: on one line and at most 40 characters. */
    public static String shorten(String value) {
        String oneLine = value.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    /** A whole number as the current language writes it, with its grouping. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(current()).format(value);
    }

    private static Object[] localised(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate d) {
                out[i] = date(locale, d);
            } else if (out[i] instanceof Integer || out[i] instanceof Long) {
                out[i] = NumberFormat.getIntegerInstance(locale).format(((Number) out[i]).longValue());
            } else if (out[i] != null && !(out[i] instanceof Number)) {
                out[i] = String.valueOf(out[i]);
            }
        }
        return out;
    }

    /** Reads every language file, English (the file without a suffix) first. */
    static Map<Locale, Properties> load(ClassLoader classes) {
        Map<Locale, Properties> found = new LinkedHashMap<>();
        List<Resource> files = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(classes)
                    .getResources("classpath*:" + FOLDER + "translations*.properties")) {
                files.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (Resource file : files) {
            Matcher m = FILE.matcher(String.valueOf(file.getFilename()));
            if (!m.matches()) {
                continue;
            }
            Locale locale = m.group(1) == null ? ENGLISH : Locale.of(m.group(1));
            Properties p = new Properties();
            try (InputStream in = file.getInputStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            found.merge(locale, p, (a, b) -> {
                a.putAll(b);
                return a;
            });
        }
        if (!found.containsKey(ENGLISH)) {
            throw new IllegalStateException("No " + FOLDER + "translations.properties on the class path");
        }
        Map<Locale, Properties> ordered = new LinkedHashMap<>();
        ordered.put(ENGLISH, found.remove(ENGLISH));
        ordered.putAll(found);
        return ordered;
    }
}
