package org.redlines.positions;

import java.util.List;
import java.util.Map;

/** Two parties' current positions on each point of a plan, with a verdict per point and the counts of each. */
public record ActorComparison(
        Catalog catalog,
        ActorCompareFilter filter,
        List<String> notices,
        PlanInfo plan,
        ActorInfo a,
        ActorInfo b,
        Map<Verdict, Integer> counts,
        List<Row> rows) {

    public record Row(PointInfo point, PositionInfo a, PositionInfo b, Verdict verdict) {}
}
