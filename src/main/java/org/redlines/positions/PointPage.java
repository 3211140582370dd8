package org.redlines.positions;

import java.util.List;

/**
 * Everything the point page shows: the point and its plan and sources, each party's history on it (newest
 * first, each entry with how it moved against the one before), its lineage across plan versions, and the
 * negotiation's events, oldest first.
 */
public record PointPage(
        PlanInfo plan,
        PointInfo point,
        List<SourceInfo> sources,
        List<ActorHistory> actors,
        List<LinkedPoint> derivedFrom,
        List<LinkedPoint> derivedBy,
        List<EventInfo> events) {

    public PointPage(
            PlanInfo plan,
            PointInfo point,
            List<SourceInfo> sources,
            List<ActorHistory> actors,
            List<LinkedPoint> derivedFrom,
            List<LinkedPoint> derivedBy) {
        this(plan, point, sources, actors, derivedFrom, derivedBy, List.of());
    }

    /**
     * The events that involve the party, from the plan's date on (earlier ones did not bear on its text), newest
     * first: what the page shows between the party's entries.
     */
    public List<EventInfo> eventsOf(String actor) {
        return events.stream()
                .filter(e -> e.involves(actor))
                .filter(e -> !e.date().isBefore(plan.date()))
                .toList()
                .reversed();
    }

    public record ActorHistory(ActorInfo actor, List<HistoryEntry> entries) {

        /** The current position, or null when the party has none on this point. */
        public HistoryEntry current() {
            return entries.isEmpty() ? null : entries.getFirst();
        }
    }

    public record HistoryEntry(PositionInfo position, Trend trend, List<SourceInfo> sources) {}

    public record LinkedPoint(PlanInfo plan, PointInfo point) {}
}
