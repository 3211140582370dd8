package org.redlines.watch;

import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.PositionInfo;

/** A move in a watched view in the reader's words (the current language): the box on the matrix and e-mail. */
public final class ChangeWords {

    private ChangeWords() {}

    /** E.g. "Europe (EU and E3): Supports → Opposes"; a row entering or leaving, a point's text, the events. */
    public static String of(WatchMatcher.Difference d, MatrixPage page) {
        return switch (d.kind()) {
            case CELL -> {
                String actor =
                        page.catalog().actor(d.actor()).map(ActorInfo::name).orElse(d.actor());
                yield Messages.t("watch.since.cell", actor, word(d.before()), word(d.after()));
            }
            case ROW_ADDED -> Messages.t("watch.since.row-added");
            case ROW_REMOVED -> Messages.t("watch.since.row-removed");
            case POINT_TEXT -> Messages.t("watch.since.point-text");
            case EVENT -> Messages.t("watch.since.events");
        };
    }

    private static String word(PositionInfo position) {
        return position == null ? Messages.t("watch.since.nothing") : Words.cell(position);
    }
}
