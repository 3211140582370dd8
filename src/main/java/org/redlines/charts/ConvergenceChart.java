package org.redlines.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PlanData;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.Verdict;

/** Chart 4, convergence over time: week by week, the share of points every shown party accepts, and the clashes. */
public final class ConvergenceChart {

    private ConvergenceChart() {}

    /** One date: how many of the filtered points every shown party accepts, and on how many two clash. */
    public record Week(LocalDate date, int points, List<String> accepted, List<String> clashing) {

        public int allAccept() {
            return accepted.size();
        }

        public int clashes() {
            return clashing.size();
        }

        public int percent() {
            return points == 0 ? 0 : (int) Math.round(100.0 * accepted.size() / points);
        }
    }

    /**
     * Weekly from the first dated position of the plan to the last (or to the filter's date, if earlier), over
     * one fixed set of points: those the filter keeps on its own date.
     */
    public static List<Week> weeks(PlanData data, Catalog catalog, MatrixFilter filter) {
        List<Week> weeks = new ArrayList<>();
        Set<String> refs = new LinkedHashSet<>();
        MatrixEngine.compute(data, catalog, filter.withPoint(null))
                .rows()
                .forEach(r -> refs.add(r.point().ref()));
        List<LocalDate> dates = data.positions().stream()
                .map(PositionInfo::asOf)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        if (dates.isEmpty() || refs.isEmpty()) {
            return weeks;
        }
        LocalDate last =
                filter.asOf() != null && filter.asOf().isBefore(dates.getLast()) ? filter.asOf() : dates.getLast();
        if (last.isBefore(dates.getFirst())) {
            return weeks;
        }
        MatrixFilter cellsOnly = MatrixFilter.NONE
                .withPlan(filter.plan())
                .withActors(filter.actors())
                .withRefs(refs);
        for (LocalDate d = dates.getFirst(); ; d = d.plusWeeks(1)) {
            LocalDate day = d.isAfter(last) ? last : d;
            Matrix m = MatrixEngine.compute(data, catalog, cellsOnly.withAsOf(day));
            List<String> accepted = new ArrayList<>();
            List<String> clashing = new ArrayList<>();
            for (Matrix.Row row : m.rows()) {
                if (m.actors().stream()
                        .allMatch(a -> row.cell(a.code()) != null
                                && row.cell(a.code()).stance().accepts())) {
                    accepted.add(row.point().ref());
                }
                if (hasClash(m, row)) {
                    clashing.add(row.point().ref());
                }
            }
            weeks.add(new Week(day, m.rows().size(), accepted, clashing));
            if (!day.isBefore(last)) {
                break;
            }
        }
        return weeks;
    }

    private static boolean hasClash(Matrix m, Matrix.Row row) {
        for (int i = 0; i < m.actors().size(); i++) {
            for (int j = i + 1; j < m.actors().size(); j++) {
                if (Verdict.of(
                                row.cell(m.actors().get(i).code()),
                                row.cell(m.actors().get(j).code()))
                        == Verdict.RED_LINE_CLASH) {
                    return true;
                }
            }
        }
        return false;
    }
}
