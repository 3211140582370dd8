package org.redlines.positions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.redlines.i18n.Messages;

/**
 * Reads a view's query parameters leniently: every value that cannot be used is dropped and named in a
 * notice, never thrown, so that any link opens its view.
 */
public final class QueryReader {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, List<String>> params;
    private final List<String> notices = new ArrayList<>();

    public QueryReader(Map<String, List<String>> params) {
        this.params = params;
    }

    public List<String> notices() {
        return List.copyOf(notices);
    }

    public void notice(String text) {
        notices.add(text);
    }

    /** The first non-blank value; a repeated parameter is named in a notice. */
    public String single(String name) {
        List<String> present = params.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank())
                .toList();
        if (present.isEmpty()) {
            return null;
        }
        if (present.size() > 1) {
            notices.add(Messages.t("query.repeated", name, present.size()));
        }
        return present.getFirst();
    }

    /** All comma-separated values of all occurrences, trimmed, without blanks or repeats. */
    public List<String> list(String name) {
        return params.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    /** The values of a list parameter that {@code known} accepts; the others are named in one notice. */
    public List<String> codes(String name, String what, Predicate<String> known) {
        List<String> good = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : list(name)) {
            (known.test(code) ? good : unknown).add(code);
        }
        if (!unknown.isEmpty()) {
            notices.add(Messages.t(
                    "query.unknown-codes." + what,
                    unknown.stream().map(v -> "\"" + shorten(v) + "\"").collect(Collectors.joining(", "))));
        }
        return good;
    }

    /** A code from a known set, or null with a notice. */
    public String code(String name, String what, Predicate<String> known) {
        String value = single(name);
        if (value != null && !known.test(value)) {
            notices.add(Messages.t("query.unknown-code." + what, shorten(value)));
            return null;
        }
        return value;
    }

    public boolean flag(String name) {
        String value = single(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        notices.add(Messages.t("query.not-a-flag", name, shorten(value)));
        return false;
    }

    public LocalDate date(String name) {
        String text = single(name);
        if (text == null) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            notices.add(Messages.t("query.not-a-date", name, shorten(text)));
        }
        return date;
    }

    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip(), ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A value as a notice may quote it: on one line and at most 40 characters. */
    public static String shorten(String value) {
        return Messages.shorten(value);
    }
}
