package org.redlines.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redlines.dataset.Stance;

/**
 * The filter semantics of the matrix, in one place and free of I/O: chooses each cell's position as of a date,
 * then keeps the points that meet every condition of the filter, judging the cells as they are shown.
 */
public final class MatrixEngine {

    /** Oldest first: undated entries count as known from the start; same date keeps the dataset's order. */
    public static final Comparator<PositionInfo> HISTORY_ORDER = Comparator.comparing(
                    (PositionInfo p) -> p.asOf() == null ? LocalDate.MIN : p.asOf())
            .thenComparingInt(PositionInfo::seq);

    private MatrixEngine() {}

    public static Matrix compute(PlanData data, Catalog catalog, MatrixFilter filter) {
        List<ActorInfo> shown = filter.actors().isEmpty()
                ? catalog.actors()
                : catalog.actors().stream()
                        .filter(a -> filter.actors().contains(a.code()))
                        .toList();

        Map<String, Map<String, PositionInfo>> current = currentCells(data.positions(), filter.asOf());
        String needle = filter.query() == null ? null : filter.query().toLowerCase(Locale.ROOT);

        Map<String, Integer> columns = new LinkedHashMap<>();
        for (ActorInfo actor : shown) {
            columns.put(actor.code(), columns.size());
        }
        Optional<Staleness> staleness = filter.stale() == null
                ? Optional.empty()
                : Optional.of(new Staleness(filter.stale(), filter.asOf() != null ? filter.asOf() : LocalDate.now()));
        Optional<Sourcing> sourcing = filter.minGrade() == null
                ? Optional.empty()
                : Optional.of(new Sourcing(filter.minGrade(), data.grades()));
        List<Matrix.Row> rows = new ArrayList<>();
        Matrix.Row selected = null;
        for (PointInfo point : data.points()) {
            Map<String, PositionInfo> all = current.getOrDefault(point.ref(), Map.of());
            PositionInfo[] values = new PositionInfo[shown.size()];
            List<PositionInfo> cells = new ArrayList<>(shown.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = all.get(shown.get(i).code());
                if (values[i] != null) {
                    cells.add(values[i]);
                }
            }
            Matrix.Row row = new Matrix.Row(point, columns, values);
            if (point.ref().equals(filter.point())) {
                selected = row;
            }
            if ((filter.topics().isEmpty() || filter.topics().contains(point.topicCode()))
                    && (filter.refs().isEmpty() || filter.refs().contains(point.ref()))) {
                if (matches(point, cells, filter, needle)
                        && (!filter.staleOnly() || cells.stream().anyMatch(staleness.orElseThrow()::isStale))
                        && (!filter.weakOnly() || cells.stream().anyMatch(sourcing.orElseThrow()::isWeak))) {
                    rows.add(row);
                }
            }
        }

        Map<String, PositionInfo> planStances = new LinkedHashMap<>();
        Map<String, PositionInfo> planCurrent = currentByActor(data.planPositions(), filter.asOf());
        for (ActorInfo actor : shown) {
            PositionInfo stance = planCurrent.get(actor.code());
            if (stance != null) {
                planStances.put(actor.code(), stance);
            }
        }
        return new Matrix(data.plan(), shown, rows, planStances, Optional.ofNullable(selected), staleness, sourcing);
    }

    private static boolean matches(
            PointInfo point, Collection<PositionInfo> cells, MatrixFilter filter, String needle) {
        if (!filter.stances().isEmpty()
                && cells.stream().noneMatch(c -> filter.stances().contains(c.stance()))) {
            return false;
        }
        if (filter.redLineOnly() && cells.stream().noneMatch(PositionInfo::redLine)) {
            return false;
        }
        if (filter.contestedOnly()
                && !(cells.stream().anyMatch(c -> c.stance().accepts())
                        && cells.stream().anyMatch(c -> c.stance() == Stance.OPPOSES))) {
            return false;
        }
        if (needle != null
                && !(contains(point.ref(), needle)
                        || contains(point.title(), needle)
                        || contains(point.summary(), needle)
                        || cells.stream().anyMatch(c -> contains(c.summary(), needle)))) {
            return false;
        }
        return true;
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static Map<String, Map<String, PositionInfo>> currentCells(List<PositionInfo> positions, LocalDate asOf) {
        Map<String, Map<String, PositionInfo>> byPoint = new HashMap<>();
        for (PositionInfo p : positions) {
            if (asOf != null && p.asOf() != null && p.asOf().isAfter(asOf)) {
                continue;
            }
            byPoint.computeIfAbsent(p.pointRef(), k -> new HashMap<>())
                    .merge(p.actorCode(), p, (a, b) -> HISTORY_ORDER.compare(a, b) >= 0 ? a : b);
        }
        return byPoint;
    }

    private static Map<String, PositionInfo> currentByActor(List<PositionInfo> positions, LocalDate asOf) {
        Map<String, PositionInfo> byActor = new HashMap<>();
        for (PositionInfo p : positions) {
            if (asOf != null && p.asOf() != null && p.asOf().isAfter(asOf)) {
                continue;
            }
            byActor.merge(p.actorCode(), p, (a, b) -> HISTORY_ORDER.compare(a, b) >= 0 ? a : b);
        }
        return byActor;
    }
}
