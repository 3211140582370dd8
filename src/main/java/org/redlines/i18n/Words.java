package org.redlines.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.redlines.dataset.DatasetException;
import org.redlines.dataset.DatasetProblem;
import org.redlines.dataset.EventKind;
import org.redlines.dataset.Stance;
import org.redlines.positions.AuditLogService.EntityType;
import org.redlines.positions.HistoryService;
import org.redlines.positions.Notice;
import org.redlines.positions.Phrase;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.RevisionNotes;
import org.redlines.positions.Trend;
import org.redlines.positions.Verdict;

/**
 * The core's codes in the current language: its vocabulary (stances, verdicts, trends), its phrases, the notices
 * about a link and the problems of a dataset file. Views, exports and e-mails put the core's answers into words
 * here, so that the core itself never chooses a language.
 */
public final class Words {

    private Words() {}

    public static String of(Phrase phrase) {
        return Messages.t(phrase.key(), args(phrase.args()));
    }

    public static String stance(Stance stance) {
        return Messages.t("stance." + stance.code());
    }

    public static String verdict(Verdict verdict) {
        return Messages.t("verdict." + verdict.code());
    }

    public static String trend(Trend trend) {
        return Messages.t("trend." + trend.code());
    }

    public static String eventKind(EventKind kind) {
        return Messages.t("events.kind." + kind.code());
    }

    /** The stance word with the red-line mark, as exports and printouts write a cell. */
    public static String cell(PositionInfo position) {
        return position.redLine()
                ? Messages.t("export.red-line", stance(position.stance()))
                : stance(position.stance());
    }

    public static String entity(EntityType type) {
        return Messages.t("history.entity." + type.code());
    }

    public static String kind(HistoryService.Kind kind) {
        return Messages.t("history.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** A revision's note as its reader reads it: the app's own notes translated, others as written. */
    public static String revisionNote(String note) {
        return of(RevisionNotes.phrase(note));
    }

    /**
     * A notice about a link. Its words are {@code notice.<code>.<parameter>}, or {@code notice.<code>} when no
     * parameter has words of its own; {0} is the parameter, {1} the values quoted as a list, {2}, {3}... each value.
     */
    public static String notice(Notice notice) {
        String specific = "notice." + notice.code() + "." + notice.parameter();
        String key = Messages.has(specific) ? specific : "notice." + notice.code();
        List<Object> args = new ArrayList<>();
        args.add(notice.parameter());
        args.add(notice.values().stream()
                .map(v -> "\"" + Messages.shorten(String.valueOf(v)) + "\"")
                .collect(Collectors.joining(", ")));
        notice.values().forEach(v -> args.add(v instanceof String s ? Messages.shorten(s) : v));
        return Messages.t(key, args.toArray());
    }

    public static List<String> notices(List<Notice> notices) {
        return notices.stream().map(Words::notice).toList();
    }

    /** One problem of a dataset file: its JSON path, then what is wrong ({@code dataset.problem.<code>}). */
    public static String problem(DatasetProblem problem) {
        return problem.path() + ": " + Messages.t("dataset.problem." + problem.code(), args(problem.args()));
    }

    /** Every listed problem, and a last line that counts those beyond the list. */
    public static List<String> problems(DatasetException e) {
        List<String> out =
                new ArrayList<>(e.problems().stream().map(Words::problem).toList());
        if (e.found() > e.problems().size()) {
            out.add(Messages.t(
                    "dataset.problem.more",
                    String.valueOf(e.found() - e.problems().size())));
        }
        return out;
    }

    /** A phrase's values in words: nested phrases, the vocabulary and kinds of JSON value are translated. */
    private static Object[] args(List<Object> values) {
        return values.stream().map(Words::arg).toArray();
    }

    private static Object arg(Object value) {
        return switch (value) {
            case Phrase p -> of(p);
            case Stance s -> stance(s);
            case Verdict v -> verdict(v);
            case Trend t -> trend(t);
            case EventKind k -> eventKind(k);
            case DatasetProblem.JsonKind k ->
                Messages.t("dataset.kind." + k.name().toLowerCase(Locale.ROOT));
            case List<?> list ->
                list.stream().map(Words::arg).map(String::valueOf).collect(Collectors.joining(" "));
            default -> value;
        };
    }
}
