package org.redlines.positions;

import java.util.List;

/**
 * Everything the point page shows: the point and its plan and sources, each party's history on it (newest
 * first, each entry with how it moved against the one before), and its lineage across plan versions.
 */
public record PointPage(
        PlanInfo plan,
        PointInfo point,
        List<SourceInfo> sources,
        List<ActorHistory> actors,
        List<LinkedPoint> derivedFrom,
        List<LinkedPoint> derivedBy) {

    public record ActorHistory(ActorInfo actor, List<HistoryEntry> entries) {

        /** The current position, or null when the party has none on this point. */
        public HistoryEntry current() {
            return entries.isEmpty() ? null : entries.getFirst();
        }
    }

    public record HistoryEntry(PositionInfo position, Trend trend, List<SourceInfo> sources) {}

    public record LinkedPoint(PlanInfo plan, PointInfo point) {}
}
