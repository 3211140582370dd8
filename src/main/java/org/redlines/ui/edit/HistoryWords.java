package org.redlines.ui.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.redlines.dataset.EventKind;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.HistoryService;
import org.redlines.positions.SourceInfo;

/** The fields of a history entry and their values in the reader's language. */
public final class HistoryWords {

    private HistoryWords() {}

    public static String field(String code) {
        return Messages.t(
                switch (code) {
                    case HistoryService.STANCE -> "common.stance";
                    case HistoryService.RED_LINE -> "common.red-line-label";
                    case HistoryService.SUMMARY -> "history.field.summary";
                    case HistoryService.AS_OF -> "common.as-of-label";
                    case HistoryService.SOURCES -> "common.sources";
                    case HistoryService.TITLE -> "common.title";
                    case HistoryService.TOPIC -> "common.topic";
                    case HistoryService.NOTE -> "common.note-label";
                    case HistoryService.DATE -> "common.date";
                    case HistoryService.KIND -> "edit.event.kind";
                    case HistoryService.PARTIES -> "common.parties";
                    default -> throw new IllegalArgumentException("No such history field: " + code);
                });
    }

    /** A value as the dialog shows it; no value is an empty text. */
    public static String value(Object value) {
        return switch (value) {
            case null -> "";
            case Stance s -> Words.stance(s);
            case Boolean b -> Messages.t(b ? "common.yes" : "common.no");
            case LocalDate d -> Messages.date(d);
            case EventKind k -> Words.eventKind(k);
            case List<?> items ->
                items.stream()
                        .map(item ->
                                item instanceof SourceInfo s ? s.publisher() + " (" + s.url() + ")" : item.toString())
                        .collect(Collectors.joining("\n"));
            default -> value.toString();
        };
    }
}
