package org.redlines.ui.edit;

import java.util.List;
import java.util.stream.Collectors;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Drafts;
import org.redlines.positions.SourceInfo;

/** A change in review, or the published value it replaces, in one line of words. */
public final class DraftWords {

    private DraftWords() {}

    /** A draft or a published value in words; "nothing yet" when there is none. */
    public static String describe(Object value) {
        if (value == null) {
            return Messages.t("review.nothing");
        }
        return switch (value) {
            case Drafts.PositionDraft p ->
                Words.stance(p.stance())
                        + (p.redLine() ? " · " + Messages.t("common.red-line") : "")
                        + (p.asOf() == null ? "" : " · " + Messages.t("common.as-of-inline", p.asOf()))
                        + " — " + p.summary() + sources(p.sources());
            case Drafts.PointDraft p ->
                p.title() + " — " + p.summary() + (p.note() == null ? "" : " (" + p.note() + ")")
                        + sources(p.sources());
            case Drafts.EventDraft e ->
                Messages.date(e.date()) + " · " + e.title()
                        + (e.kind() == null ? "" : " · " + Words.eventKind(e.kind()))
                        + (e.summary() == null || e.summary().isBlank() ? "" : " — " + e.summary())
                        + sources(e.sources());
            default -> value.toString();
        };
    }

    private static String sources(List<SourceInfo> sources) {
        if (sources == null || sources.isEmpty()) {
            return "";
        }
        return " ["
                + sources.stream()
                        .map(s -> s.publisher() + (s.grade() == null ? "" : " " + s.grade()))
                        .collect(Collectors.joining("; "))
                + "]";
    }
}
