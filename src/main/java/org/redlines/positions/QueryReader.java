package org.redlines.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.redlines.dataset.DatasetRules;

/**
 * Reads a view's query parameters leniently: every value that cannot be used is dropped and named in a
 * {@link Notice}, never thrown, so that any link opens its view.
 */
public final class QueryReader {

    private final Map<String, List<String>> params;
    private final List<Notice> notices = new ArrayList<>();

    public QueryReader(Map<String, List<String>> params) {
        this.params = params;
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public void notice(Notice notice) {
        notices.add(notice);
    }

    public void notice(String code, String parameter, Object... values) {
        notices.add(Notice.of(code, parameter, values));
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
            notice(Notice.REPEATED, name, present.size());
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
    public List<String> codes(String name, Predicate<String> known) {
        List<String> good = new ArrayList<>();
        List<Object> unknown = new ArrayList<>();
        for (String code : list(name)) {
            if (known.test(code)) {
                good.add(code);
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            notices.add(new Notice(Notice.UNKNOWN, name, unknown));
        }
        return good;
    }

    /** A code from a known set, or null with a notice. */
    public String code(String name, Predicate<String> known) {
        String value = single(name);
        if (value != null && !known.test(value)) {
            notice(Notice.UNKNOWN, name, value);
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
        notice(Notice.NOT_A_FLAG, name, value);
        return false;
    }

    public LocalDate date(String name) {
        String text = single(name);
        if (text == null) {
            return null;
        }
        LocalDate date = DatasetRules.parseDate(text);
        if (date == null) {
            notice(Notice.NOT_A_DATE, name, text);
        }
        return date;
    }

    /** A whole number of at most 18 digits, or null with a notice. */
    public Long number(String name) {
        String text = single(name);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            notice(Notice.NOT_A_NUMBER, name, text);
            return null;
        }
    }
}
