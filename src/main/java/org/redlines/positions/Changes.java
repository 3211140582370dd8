package org.redlines.positions;

import java.time.LocalDate;
import java.util.List;

/** Position entries dated within a range, grouped by date, newest first, each with the entry it replaced. */
public record Changes(
        Catalog catalog, ChangesFilter filter, List<String> notices, LocalDate from, LocalDate to, List<Day> days) {

    public record Day(LocalDate date, List<Change> changes) {}

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
