package org.redlines.positions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.dataset.DatasetRules;
import org.redlines.dataset.EventKind;
import org.redlines.dataset.Grade;
import org.redlines.dataset.Stance;

/**
 * What an editing form submits, and the rules of the dataset format ({@link DatasetRules}, docs/FORMAT.md) that it
 * must meet before it reaches the database. Each problem is keyed by the field it is about, so that a form shows
 * it beside that field.
 */
public final class Drafts {

    private Drafts() {}

    /** A dated position of a party on a point; {@code asOf} is required for new entries. */
    public record PositionDraft(
            Stance stance, boolean redLine, String summary, LocalDate asOf, List<SourceInfo> sources) {

        public Map<String, Phrase> problems(boolean requireDate) {
            Map<String, Phrase> out = new LinkedHashMap<>();
            if (stance == null) {
                out.put("stance", Phrase.of("draft.choose-stance"));
            }
            text(out, "summary", summary, DatasetRules.MAX_TEXT, true);
            if (requireDate && asOf == null) {
                out.put("asOf", Phrase.of("draft.as-of-required"));
            }
            if (asOf != null && asOf.isAfter(LocalDate.now().plusDays(1))) {
                out.put("asOf", Phrase.of("draft.as-of-future"));
            }
            if (stance != null && stance != Stance.UNCLEAR && (sources == null || sources.isEmpty())) {
                out.put("sources", Phrase.of("draft.sources-required"));
            }
            checkSources(out, sources);
            return out;
        }
    }

    public record PointDraft(String title, String summary, String topicCode, String note, List<SourceInfo> sources) {

        public Map<String, Phrase> problems() {
            Map<String, Phrase> out = new LinkedHashMap<>();
            text(out, "title", title, DatasetRules.MAX_TITLE, true);
            text(out, "summary", summary, DatasetRules.MAX_TEXT, true);
            if (topicCode == null || topicCode.isBlank()) {
                out.put("topic", Phrase.of("draft.choose-topic"));
            }
            text(out, "note", note, DatasetRules.MAX_TEXT, false);
            checkSources(out, sources);
            return out;
        }
    }

    public record PlanDraft(String code, String title, LocalDate date, String origin, String summary) {

        public Map<String, Phrase> problems() {
            Map<String, Phrase> out = new LinkedHashMap<>();
            if (!DatasetRules.isCode(code)) {
                out.put("code", Phrase.of("draft.code-invalid"));
            }
            text(out, "title", title, DatasetRules.MAX_TITLE, true);
            if (date == null) {
                out.put("date", Phrase.of("draft.plan-date-required"));
            }
            text(out, "origin", origin, DatasetRules.MAX_ORIGIN, false);
            text(out, "summary", summary, DatasetRules.MAX_TEXT, false);
            return out;
        }
    }

    /**
     * An event of the negotiation: only a scheduled one may lie in the future or go without a source yet;
     * {@code actors} are party codes.
     */
    public record EventDraft(
            LocalDate date,
            String title,
            EventKind kind,
            List<String> actors,
            String summary,
            List<SourceInfo> sources) {

        public Map<String, Phrase> problems() {
            Map<String, Phrase> out = new LinkedHashMap<>();
            if (date == null) {
                out.put("date", Phrase.of("draft.event-date-required"));
            }
            text(out, "title", title, DatasetRules.MAX_EVENT_TITLE, true);
            if (kind == null) {
                out.put("kind", Phrase.of("draft.choose-kind"));
            }
            boolean scheduled = kind == EventKind.SCHEDULED;
            if (date != null && kind != null && !scheduled && date.isAfter(LocalDate.now())) {
                out.put("date", Phrase.of("draft.event-future"));
            }
            text(out, "summary", summary, DatasetRules.MAX_TEXT, false);
            if (kind != null && !scheduled && (sources == null || sources.isEmpty())) {
                out.put("sources", Phrase.of("draft.event-sources-required"));
            }
            checkSources(out, sources);
            return out;
        }
    }

    public static Map<String, Phrase> source(SourceInfo s) {
        Map<String, Phrase> out = new LinkedHashMap<>();
        text(out, "publisher", s.publisher(), DatasetRules.MAX_PUBLISHER, true);
        text(out, "title", s.title(), DatasetRules.MAX_TITLE, false);
        String url = s.url() == null ? null : s.url().strip();
        if (s.grade() != null && !s.grade().isBlank() && Grade.parse(s.grade()).isEmpty()) {
            out.put("grade", Phrase.of("draft.not-a-grade", s.grade()));
        }
        DatasetRules.addressProblem(url)
                .ifPresent(p -> out.put(
                        "url",
                        p == DatasetRules.AddressProblem.TOO_LONG
                                ? Phrase.of("draft." + p.code(), String.valueOf(DatasetRules.MAX_URL))
                                : Phrase.of("draft." + p.code(), url)));
        return out;
    }

    public static Map<String, Phrase> name(String name) {
        Map<String, Phrase> out = new LinkedHashMap<>();
        text(out, "name", name, DatasetRules.MAX_NAME, true);
        return out;
    }

    /** A problem of the i-th source is shown on the sources field, naming the source by its place (from 1). */
    private static void checkSources(Map<String, Phrase> out, List<SourceInfo> sources) {
        if (sources == null) {
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            Map<String, Phrase> problems = source(sources.get(i));
            if (!problems.isEmpty()) {
                out.putIfAbsent(
                        "sources",
                        Phrase.of("draft.source-problem", String.valueOf(i + 1), List.copyOf(problems.values())));
            }
        }
    }

    private static void text(Map<String, Phrase> out, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            out.put(field, Phrase.of("draft.required"));
        } else if (value != null && value.length() > max) {
            out.put(field, Phrase.of("draft.too-long", String.valueOf(max), String.valueOf(value.length())));
        }
    }

    /** The form's input broke the format's rules; nothing was written. */
    public static class InvalidDraftException extends RuntimeException {
        private final Map<String, Phrase> problems;

        public InvalidDraftException(Map<String, Phrase> problems) {
            super("Invalid input: " + problems); // not-ui-text: the forms show each problem beside its field
            this.problems = Map.copyOf(problems);
        }

        public Map<String, Phrase> problems() {
            return problems;
        }
    }

    /**
     * Someone else saved the same thing after this form was opened, or removed it; nothing was written.
     * {@code current} is what is stored now (null when it is gone), for the form to show beside the user's text.
     */
    public static class EditConflictException extends RuntimeException {
        private final Phrase reason;
        private final transient Object current;

        public EditConflictException(Phrase reason, Object current) {
            super(reason.toString());
            this.reason = reason;
            this.current = current;
        }

        public Phrase reason() {
            return reason;
        }

        public Object current() {
            return current;
        }
    }
}
