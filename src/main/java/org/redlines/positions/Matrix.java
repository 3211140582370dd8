package org.redlines.positions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matrix as shown: the plan, the shown parties in column order, the points that pass the filter with each
 * party's current position (absent key = empty cell), each shown party's stance on the plan as a whole, and the
 * selected point's row, which is there even when the filter hides that point.
 */
public record Matrix(
        PlanInfo plan,
        List<ActorInfo> actors,
        List<Row> rows,
        Map<String, PositionInfo> planStances,
        Optional<Row> selected,
        Optional<Staleness> staleness,
        Optional<Sourcing> sourcing) {

    /**
     * Up to this many parties, every party's column fits beside ref and title; more scroll sideways, each column at
     * a fixed width. The live grid and the first view in the first answer lay the matrix out by this rule.
     */
    public static final int PARTIES_SIDE_BY_SIDE = 6;

    public Matrix(
            PlanInfo plan,
            List<ActorInfo> actors,
            List<Row> rows,
            Map<String, PositionInfo> planStances,
            Optional<Row> selected) {
        this(plan, actors, rows, planStances, selected, Optional.empty(), Optional.empty());
    }

    /** Whether the shown cell counts as weakly sourced under the filter's {@code minGrade}; never without one. */
    public boolean isWeak(PositionInfo cell) {
        return sourcing.map(s -> s.isWeak(cell)).orElse(false);
    }

    /** Whether the shown cell counts as stale under the filter's {@code stale=N}; never without one. */
    public boolean isStale(PositionInfo cell) {
        return staleness.map(s -> s.isStale(cell)).orElse(false);
    }

    /**
     * One point with the shown parties' current positions, kept as an array in column order: many UIs keep
     * thousands of rows, and a map per row would double their memory.
     */
    public static final class Row {
        private final PointInfo point;
        private final Map<String, Integer> columns;
        private final PositionInfo[] values;

        public Row(PointInfo point, Map<String, Integer> columns, PositionInfo[] values) {
            this.point = point;
            this.columns = columns;
            this.values = values;
        }

        public PointInfo point() {
            return point;
        }

        /** The party's current position on this point, or null when the cell is empty or the party not shown. */
        public PositionInfo cell(String actorCode) {
            Integer column = columns.get(actorCode);
            return column == null ? null : values[column];
        }

        /** The non-empty cells by party code, in column order. */
        public Map<String, PositionInfo> cells() {
            Map<String, PositionInfo> out = new LinkedHashMap<>();
            columns.forEach((code, column) -> {
                if (values[column] != null) {
                    out.put(code, values[column]);
                }
            });
            return out;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Row row && point.equals(row.point) && Arrays.equals(values, row.values);
        }

        @Override
        public int hashCode() {
            return 31 * point.hashCode() + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Row[" + point.plan() + "/" + point.ref() + " " + cells() + "]";
        }
    }
}
