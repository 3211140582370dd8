package org.redlines.positions;

import java.util.List;
import java.util.Map;
import org.redlines.dataset.Grade;

/**
 * Everything the matrix needs about one plan: its points in order, every position entry on them, and the grades of
 * each entry's graded sources by entry id (for {@code minGrade}).
 */
public record PlanData(
        PlanInfo plan,
        List<PointInfo> points,
        List<PositionInfo> positions,
        List<PositionInfo> planPositions,
        Map<Long, List<Grade>> grades) {

    public PlanData(
            PlanInfo plan, List<PointInfo> points, List<PositionInfo> positions, List<PositionInfo> planPositions) {
        this(plan, points, positions, planPositions, Map.of());
    }

    public PlanData {
        grades = Map.copyOf(grades);
    }

    /** The same plan and entries with these grades (the grades of each entry's graded sources, by entry id). */
    public PlanData withGrades(Map<Long, List<Grade>> newGrades) {
        return new PlanData(plan, points, positions, planPositions, newGrades);
    }
}
