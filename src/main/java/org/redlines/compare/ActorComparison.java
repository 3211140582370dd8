package org.redlines.compare;

import java.util.List;
import java.util.Map;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Notice;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.Verdict;

/** Two parties' current positions on each point of a plan, with a verdict per point and the counts of each. */
public record ActorComparison(
        Catalog catalog,
        ActorCompareFilter filter,
        List<Notice> notices,
        PlanInfo plan,
        ActorInfo a,
        ActorInfo b,
        Map<Verdict, Integer> counts,
        List<Row> rows) {

    public record Row(PointInfo point, PositionInfo a, PositionInfo b, Verdict verdict) {}
}
