package org.redlines.positions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.redlines.i18n.Messages;

/**
 * What an editing form submits, and the rules of the dataset format (FORMAT.md) that it must meet before it
 * reaches the database. Each check names the field it is about, so that a form shows the message beside it.
 */
public final class Drafts {

    public static final int MAX_TEXT = 8000;
    public static final int MAX_TITLE = 1000;
    public static final int MAX_NAME = 255;
    public static final int MAX_PUBLISHER = 500;
    public static final int MAX_URL = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private Drafts() {}

    /** A dated position of a party on a point; {@code asOf} is required for new entries. */
    public record PositionDraft(
            Stance stance, boolean redLine, String summary, LocalDate asOf, List<SourceInfo> sources) {

        public Map<String, String> problems(boolean requireDate) {
            Map<String, String> out = new LinkedHashMap<>();
            if (stance == null) {
                out.put("stance", Messages.t("draft.choose-stance"));
            }
            text(out, "summary", summary, MAX_TEXT, true);
            if (requireDate && asOf == null) {
                out.put("asOf", Messages.t("draft.as-of-required"));
            }
            if (asOf != null && asOf.isAfter(LocalDate.now().plusDays(1))) {
                out.put("asOf", Messages.t("draft.as-of-future"));
            }
            if (stance != null && stance != Stance.UNCLEAR && (sources == null || sources.isEmpty())) {
                out.put("sources", Messages.t("draft.sources-required"));
            }
            checkSources(out, sources);
            return out;
        }
    }

    public record PointDraft(String title, String summary, String topicCode, String note, List<SourceInfo> sources) {

        public Map<String, String> problems() {
            Map<String, String> out = new LinkedHashMap<>();
            text(out, "title", title, MAX_TITLE, true);
            text(out, "summary", summary, MAX_TEXT, true);
            if (topicCode == null || topicCode.isBlank()) {
                out.put("topic", Messages.t("draft.choose-topic"));
            }
            text(out, "note", note, MAX_TEXT, false);
            checkSources(out, sources);
            return out;
        }
    }

    public record PlanDraft(String code, String title, LocalDate date, String origin, String summary) {

        public Map<String, String> problems() {
            Map<String, String> out = new LinkedHashMap<>();
            checkCode(out, "code", code);
            text(out, "title", title, MAX_TITLE, true);
            if (date == null) {
                out.put("date", Messages.t("draft.plan-date-required"));
            }
            text(out, "origin", origin, 4000, false);
            text(out, "summary", summary, MAX_TEXT, false);
            return out;
        }
    }

    public static Map<String, String> source(SourceInfo s) {
        Map<String, String> out = new LinkedHashMap<>();
        text(out, "publisher", s.publisher(), MAX_PUBLISHER, true);
        text(out, "title", s.title(), MAX_TITLE, false);
        String urlProblem = urlProblem(s.url());
        if (urlProblem != null) {
            out.put("url", urlProblem);
        }
        return out;
    }

    public static Map<String, String> name(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        text(out, "name", name, MAX_NAME, true);
        return out;
    }

    /** Null when {@code url} is an absolute http or https URL with a host, as the format requires. */
    public static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return Messages.t("draft.url-required");
        }
        if (url.length() > MAX_URL) {
            return Messages.t("draft.url-too-long", String.valueOf(MAX_URL));
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Messages.t("draft.url-not-absolute");
            }
        } catch (URISyntaxException e) {
            return Messages.t("draft.url-invalid", e.getReason());
        }
        return null;
    }

    private static void checkSources(Map<String, String> out, List<SourceInfo> sources) {
        if (sources == null) {
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            Map<String, String> problems = source(sources.get(i));
            if (!problems.isEmpty()) {
                out.putIfAbsent(
                        "sources",
                        Messages.t("draft.source-problem", String.valueOf(i + 1), String.join(" ", problems.values())));
            }
        }
    }

    private static void checkCode(Map<String, String> out, String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            out.put(field, Messages.t("draft.code-invalid"));
        }
    }

    private static void text(Map<String, String> out, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            out.put(field, Messages.t("draft.required"));
        } else if (value != null && value.length() > max) {
            out.put(field, Messages.t("draft.too-long", String.valueOf(max), String.valueOf(value.length())));
        }
    }

    /** The form's input broke the format's rules; nothing was written. */
    public static class InvalidDraftException extends RuntimeException {
        private final Map<String, String> problems;

        public InvalidDraftException(Map<String, String> problems) {
            super("Invalid input: " + problems); // not-ui-text: the forms show each problem beside its field
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    /**
     * Someone else saved the same thing after this form was opened; nothing was written. {@code current} is what
     * is stored now, for the form to show beside the user's own text.
     */
    public static class EditConflictException extends RuntimeException {
        private final Object current;

        public EditConflictException(String message, Object current) {
            super(message);
            this.current = current;
        }

        public Object current() {
            return current;
        }
    }
}
