package org.redlines.positions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matrix as shown: the plan, the shown parties in column order, the points that pass the filter with each
 * party's current position (absent key = empty cell), each shown party's stance on the plan as a whole, and the
 * selected point's row, which is there even when the filter hides that point.
 */
public record Matrix(PlanInfo plan, List<ActorInfo> actors, List<Row> rows, Map<String, PositionInfo> planStances,
        Optional<Row> selected) {

    public record Row(PointInfo point, Map<String, PositionInfo> cells) {

        /** The party's current position on this point, or null when the cell is empty. */
        public PositionInfo cell(String actorCode) {
            return cells.get(actorCode);
        }
    }
}
