package org.redlines.positions;

import java.util.List;

/**
 * Something a link asked for that could not be used as it was: a code ({@code unknown}, {@code repeated},
 * {@code not-a-date}...), the parameter it concerns and the values involved (the value given first). The view
 * still opens; the edges put the notice into words, an API returns it as it is.
 */
public record Notice(String code, String parameter, List<Object> values) {

    public static final String UNKNOWN = "unknown";
    public static final String REPEATED = "repeated";
    public static final String NOT_A_FLAG = "not-a-flag";
    public static final String NOT_A_DATE = "not-a-date";
    public static final String NOT_A_NUMBER = "not-a-number";
    public static final String SHORTENED = "shortened";
    public static final String SWAPPED = "swapped";
    public static final String SAME_PARTY = "same-party";
    public static final String OUT_OF_RANGE = "out-of-range";
    /** A parameter that works only together with another, which the link lacks. */
    public static final String NEEDS = "needs";

    public Notice {
        values = List.copyOf(values);
    }

    public static Notice of(String code, String parameter, Object... values) {
        return new Notice(code, parameter, List.of(values));
    }
}
