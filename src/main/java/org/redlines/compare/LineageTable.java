package org.redlines.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;

/**
 * Plan versions side by side: one row per lineage line, that is a group of points joined by {@code derivedFrom}
 * links (followed through plans that are not shown too), one column per chosen plan in date order.
 */
public record LineageTable(List<PlanInfo> plans, List<Row> rows) {

    public enum Status {
        /** In the first shown plan that has this line. */
        ORIGIN,
        /** First appears in a later plan: no earlier shown plan has a counterpart. */
        ADDED,
        /** Has a counterpart in an earlier shown plan; {@code diff} compares their summaries. */
        CARRIED,
        /** An earlier shown plan had this line, this one has no counterpart. */
        DROPPED,
        /** Neither this plan nor an earlier shown one has this line. */
        ABSENT
    }

    public record Cell(Status status, List<PointInfo> points, List<WordDiff.Segment> diff) {}

    public record Row(List<Cell> cells) {}

    public record Link(PointKey from, PointKey to) {}

    public record PointKey(String plan, String ref) {}

    /**
     * @param chosen the plans to show, any order; shown by date (then dataset order)
     * @param points every point of every plan, so that lines can pass through plans not shown
     * @param links  every derivedFrom link: {@code from} derives from {@code to}
     * @param topics when not empty, only lines with a shown point of one of these topics
     */
    public static LineageTable build(
            List<PlanInfo> chosen, List<PointInfo> points, List<Link> links, Set<String> topics) {
        List<PlanInfo> plans =
                chosen.stream().sorted(Comparator.comparing(PlanInfo::date)).toList();
        Map<PointKey, PointKey> parent = new HashMap<>();
        Map<PointKey, PointInfo> byKey = new LinkedHashMap<>();
        for (PointInfo p : points) {
            PointKey key = new PointKey(p.plan(), p.ref());
            byKey.put(key, p);
            parent.put(key, key);
        }
        for (Link link : links) {
            if (parent.containsKey(link.from()) && parent.containsKey(link.to())) {
                parent.put(root(parent, link.from()), root(parent, link.to()));
            }
        }

        Map<PointKey, List<List<PointInfo>>> lines = new LinkedHashMap<>();
        for (Map.Entry<PointKey, PointInfo> e : byKey.entrySet()) {
            int column = indexOf(plans, e.getKey().plan());
            if (column < 0) {
                continue;
            }
            List<List<PointInfo>> cells = lines.computeIfAbsent(root(parent, e.getKey()), k -> emptyColumns(plans));
            cells.get(column).add(e.getValue());
        }

        List<Row> rows = new ArrayList<>();
        for (List<List<PointInfo>> columns : lines.values()) {
            columns.forEach(c -> c.sort(Comparator.comparingInt(PointInfo::order)));
            boolean topicMatch = topics.isEmpty()
                    || columns.stream().flatMap(List::stream).anyMatch(p -> topics.contains(p.topicCode()));
            if (topicMatch) {
                rows.add(row(columns));
            }
        }
        rows.sort(Comparator.comparingInt(LineageTable::firstColumn)
                .thenComparingInt(
                        r -> r.cells().get(firstColumn(r)).points().getFirst().order()));
        return new LineageTable(plans, rows);
    }

    private static Row row(List<List<PointInfo>> columns) {
        List<Cell> cells = new ArrayList<>();
        List<PointInfo> previous = null;
        for (int i = 0; i < columns.size(); i++) {
            List<PointInfo> here = List.copyOf(columns.get(i));
            if (here.isEmpty()) {
                cells.add(new Cell(previous == null ? Status.ABSENT : Status.DROPPED, here, List.of()));
            } else if (previous == null) {
                cells.add(new Cell(i == 0 ? Status.ORIGIN : Status.ADDED, here, List.of()));
                previous = here;
            } else {
                cells.add(new Cell(Status.CARRIED, here, WordDiff.of(summaries(previous), summaries(here))));
                previous = here;
            }
        }
        return new Row(cells);
    }

    private static int firstColumn(Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cells().get(i).points().isEmpty()) {
                return i;
            }
        }
        return row.cells().size();
    }

    private static String summaries(List<PointInfo> points) {
        return String.join(" ", points.stream().map(PointInfo::summary).toList());
    }

    private static List<List<PointInfo>> emptyColumns(List<PlanInfo> plans) {
        List<List<PointInfo>> out = new ArrayList<>();
        plans.forEach(p -> out.add(new ArrayList<>()));
        return out;
    }

    private static int indexOf(List<PlanInfo> plans, String code) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static PointKey root(Map<PointKey, PointKey> parent, PointKey key) {
        PointKey k = key;
        while (!parent.get(k).equals(k)) {
            parent.put(k, parent.get(parent.get(k)));
            k = parent.get(k);
        }
        return k;
    }
}
