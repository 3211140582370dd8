package org.redlines.positions;

import java.util.List;

/** Everything the matrix needs about one plan: its points in order and every position entry on them. */
public record PlanData(
        PlanInfo plan, List<PointInfo> points, List<PositionInfo> positions, List<PositionInfo> planPositions) {}
