package org.redlines.dataset;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the format that hold for every entry, wherever it comes from: the dataset reader and the editing
 * forms check the same limits and the same web-address rule here. The limits are the sizes of the database
 * columns.
 */
public final class DatasetRules {

    public static final String FORMAT = "redlines-dataset/1";

    public static final int MAX_TEXT = 8000;
    public static final int MAX_TITLE = 1000;
    public static final int MAX_NAME = 255;
    public static final int MAX_ORIGIN = 4000;
    public static final int MAX_PUBLISHER = 500;
    public static final int MAX_URL = 2000;
    public static final int MAX_REF = 32;
    public static final int MAX_EVENT_TITLE = 200;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Why a text is not a web address the format accepts. */
    public enum AddressProblem {
        MISSING("url-required"),
        TOO_LONG("url-too-long"),
        NOT_WEB("url-not-absolute"),
        INVALID("url-invalid");

        private final String code;

        AddressProblem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private DatasetRules() {}

    /** 1 to 32 letters, digits, {@code -} or {@code _}: what plans, parties and topics are named by in links. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** A strict ISO date ({@code YYYY-MM-DD}), or null when {@code text} is not one. */
    public static LocalDate parseDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip(), ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A stance by its exact code ({@code Opposes} is not a code). */
    public static Optional<Stance> stance(String code) {
        return Stance.fromCode(code).filter(s -> s.code().equals(code));
    }

    /** Empty when {@code url} is an absolute http or https address with a host, as the format requires. */
    public static Optional<AddressProblem> addressProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(AddressProblem.MISSING);
        }
        if (url.length() > MAX_URL) {
            return Optional.of(AddressProblem.TOO_LONG);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.of(AddressProblem.NOT_WEB);
            }
        } catch (URISyntaxException e) {
            return Optional.of(AddressProblem.INVALID);
        }
        return Optional.empty();
    }
}
