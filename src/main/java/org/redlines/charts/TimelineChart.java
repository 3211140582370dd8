package org.redlines.charts;

import java.util.List;
import org.redlines.dataset.Stance;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PointPage;
import org.redlines.positions.PositionInfo;

/** Chart 5, one point over time: each shown party's dated entries on the point, up to the filter's date. */
public final class TimelineChart {

    /** The stances on the timeline's axis, from the bottom up. */
    public static final List<Stance> LEVELS =
            List.of(Stance.UNCLEAR, Stance.OPPOSES, Stance.CONDITIONAL, Stance.SUPPORTS);

    private TimelineChart() {}

    public static int level(Stance stance) {
        return LEVELS.indexOf(stance);
    }

    /** The parties the filter shows that have an entry by its date, each with its entries oldest first. */
    public static List<PointPage.ActorHistory> histories(PointPage page, MatrixFilter filter) {
        return page.actors().stream()
                .filter(a -> filter.actors().isEmpty()
                        || filter.actors().contains(a.actor().code()))
                .map(a -> new PointPage.ActorHistory(
                        a.actor(),
                        a.entries().reversed().stream()
                                .filter(e -> shown(e.position(), filter))
                                .toList()))
                .filter(a -> !a.entries().isEmpty())
                .toList();
    }

    private static boolean shown(PositionInfo p, MatrixFilter filter) {
        return filter.asOf() == null || p.asOf() == null || !p.asOf().isAfter(filter.asOf());
    }
}
