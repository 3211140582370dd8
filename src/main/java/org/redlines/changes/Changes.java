package org.redlines.changes;

import java.time.LocalDate;
import java.util.List;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Notice;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.Trend;

/**
 * Position entries dated within a range, grouped by date, newest first, each with the entry it replaced; and the
 * events of the same days, so that a move can be read against what happened around it.
 */
public record Changes(
        Catalog catalog, ChangesFilter filter, List<Notice> notices, LocalDate from, LocalDate to, List<Day> days) {

    /** One day: the moves dated that day, and the negotiation's events of that day. */
    public record Day(LocalDate date, List<Change> changes, List<EventInfo> events) {

        public Day(LocalDate date, List<Change> changes) {
            this(date, changes, List.of());
        }
    }

    /** {@code before} is null for the first entry of a cell. */
    public record Change(
            PlanInfo plan,
            PointInfo point,
            ActorInfo actor,
            PositionInfo before,
            PositionInfo after,
            Trend trend,
            List<SourceInfo> sources) {}

    public int size() {
        return days.stream().mapToInt(d -> d.changes().size()).sum();
    }
}
