package org.redlines.positions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redlines.dataset.Dataset;
import org.redlines.dataset.EventKind;
import org.redlines.dataset.Stance;
import org.redlines.positions.internal.SnapshotRepository.Table;

/**
 * Builds a {@link Dataset} from the stored rows, now or as recorded in a revision: what the dataset export
 * writes and what a frozen link shows. Entries keep the order in which they were loaded or added.
 */
public final class DatasetAssembler {

    static final String UNTITLED = "Redlines dataset";

    private DatasetAssembler() {}

    public static Dataset assemble(SnapshotRepository store, Long revision) {
        Map<Long, Dataset.SourceEntry> sources = new HashMap<>();
        for (Object[] r : store.rows(Table.SOURCE, revision)) {
            sources.put(
                    id(r[0]),
                    new Dataset.SourceEntry((String) r[1], (String) r[2], (String) r[3], date(r[4]), (String) r[5]));
        }
        Map<Long, List<Dataset.SourceEntry>> planSources = listed(store.rows(Table.PLAN_SOURCE, revision), sources);
        Map<Long, List<Dataset.SourceEntry>> pointSources = listed(store.rows(Table.POINT_SOURCE, revision), sources);
        Map<Long, List<Dataset.SourceEntry>> positionSources =
                listed(store.rows(Table.POSITION_SOURCE, revision), sources);
        Map<Long, List<Dataset.SourceEntry>> planPositionSources =
                listed(store.rows(Table.PLAN_POSITION_SOURCE, revision), sources);

        List<Object[]> info = store.rows(Table.DATASET_INFO, revision);
        String title = info.isEmpty() ? UNTITLED : (String) info.getFirst()[0];
        String description = info.isEmpty() ? null : (String) info.getFirst()[1];

        Map<Long, String> actorCodes = new HashMap<>();
        List<Dataset.ActorEntry> actors = new ArrayList<>();
        for (Object[] r : sorted(store.rows(Table.ACTOR, revision), 3)) {
            actorCodes.put(id(r[0]), (String) r[1]);
            actors.add(new Dataset.ActorEntry((String) r[1], (String) r[2]));
        }
        Map<Long, String> topicCodes = new HashMap<>();
        List<Dataset.TopicEntry> topics = new ArrayList<>();
        for (Object[] r : sorted(store.rows(Table.TOPIC, revision), 3)) {
            topicCodes.put(id(r[0]), (String) r[1]);
            topics.add(new Dataset.TopicEntry((String) r[1], (String) r[2]));
        }
        Map<Long, String> planCodes = new HashMap<>();
        Map<Long, Integer> planOrder = new HashMap<>();
        List<Dataset.PlanEntry> plans = new ArrayList<>();
        for (Object[] r : sorted(store.rows(Table.PLAN, revision), 6)) {
            long id = id(r[0]);
            planCodes.put(id, (String) r[1]);
            planOrder.put(id, plans.size());
            plans.add(new Dataset.PlanEntry(
                    (String) r[1],
                    (String) r[2],
                    date(r[3]),
                    (String) r[4],
                    (String) r[5],
                    planSources.getOrDefault(id, List.of())));
        }

        List<Object[]> pointRows = new ArrayList<>(store.rows(Table.POINT, revision).stream()
                .filter(r -> planCodes.containsKey(id(r[1])) && topicCodes.containsKey(id(r[6])))
                .toList());
        pointRows.sort(Comparator.comparingInt((Object[] r) -> planOrder.get(id(r[1])))
                .thenComparingInt(r -> ((Number) r[3]).intValue())
                .thenComparingLong(r -> id(r[0])));
        Map<Long, Dataset.PointKey> pointKeys = new HashMap<>();
        for (Object[] r : pointRows) {
            pointKeys.put(id(r[0]), new Dataset.PointKey(planCodes.get(id(r[1])), (String) r[2]));
        }
        Map<Long, List<Dataset.PointKey>> derivedFrom = new HashMap<>();
        for (Object[] r : byOwnerThenOrder(store.rows(Table.POINT_DERIVATION, revision))) {
            Dataset.PointKey target = pointKeys.get(id(r[2]));
            if (target != null) {
                derivedFrom.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(target);
            }
        }
        List<Dataset.PointEntry> points = new ArrayList<>();
        for (Object[] r : pointRows) {
            long id = id(r[0]);
            points.add(new Dataset.PointEntry(
                    planCodes.get(id(r[1])),
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4],
                    (String) r[5],
                    topicCodes.get(id(r[6])),
                    (String) r[7],
                    derivedFrom.getOrDefault(id, List.of()),
                    pointSources.getOrDefault(id, List.of())));
        }

        List<Dataset.PositionEntry> planPositions = new ArrayList<>();
        for (Object[] r : sorted(store.rows(Table.PLAN_POSITION, revision), 7)) {
            String plan = planCodes.get(id(r[1]));
            String actor = actorCodes.get(id(r[2]));
            if (plan != null && actor != null) {
                planPositions.add(new Dataset.PositionEntry(
                        plan,
                        null,
                        actor,
                        Stance.valueOf((String) r[3]),
                        (Boolean) r[4],
                        (String) r[5],
                        date(r[6]),
                        planPositionSources.getOrDefault(id(r[0]), List.of())));
            }
        }
        List<Dataset.PositionEntry> positions = new ArrayList<>();
        for (Object[] r : sorted(store.rows(Table.POSITION, revision), 7)) {
            Dataset.PointKey point = pointKeys.get(id(r[1]));
            String actor = actorCodes.get(id(r[2]));
            if (point != null && actor != null) {
                positions.add(new Dataset.PositionEntry(
                        point.plan(),
                        point.ref(),
                        actor,
                        Stance.valueOf((String) r[3]),
                        (Boolean) r[4],
                        (String) r[5],
                        date(r[6]),
                        positionSources.getOrDefault(id(r[0]), List.of())));
            }
        }
        Map<Long, List<Dataset.SourceEntry>> eventSources = listed(store.rows(Table.EVENT_SOURCE, revision), sources);
        Map<Long, TreeMap<Integer, String>> eventActors = new HashMap<>();
        for (Object[] r : store.rows(Table.EVENT_ACTOR, revision)) {
            String actor = actorCodes.get(id(r[2]));
            if (actor != null) {
                eventActors.computeIfAbsent(id(r[0]), k -> new TreeMap<>()).put(((Number) r[1]).intValue(), actor);
            }
        }
        List<Dataset.EventEntry> events = new ArrayList<>();
        for (Object[] r : sorted(store.rows(Table.EVENT, revision), 5)) {
            long id = id(r[0]);
            events.add(new Dataset.EventEntry(
                    date(r[1]),
                    (String) r[2],
                    EventKind.valueOf((String) r[3]),
                    List.copyOf(eventActors.getOrDefault(id, new TreeMap<>()).values()),
                    (String) r[4],
                    eventSources.getOrDefault(id, List.of())));
        }
        return new Dataset(title, description, actors, topics, plans, points, planPositions, positions, events);
    }

    /** Rows ordered by the given order column, then by id, as the dataset listed them. */
    private static List<Object[]> sorted(List<Object[]> rows, int orderColumn) {
        List<Object[]> out = new ArrayList<>(rows);
        out.sort(Comparator.comparingInt((Object[] r) -> ((Number) r[orderColumn]).intValue())
                .thenComparingLong(r -> id(r[0])));
        return out;
    }

    private static List<Object[]> byOwnerThenOrder(List<Object[]> rows) {
        List<Object[]> out = new ArrayList<>(rows);
        out.sort(Comparator.comparingLong((Object[] r) -> id(r[0])).thenComparingInt(r -> ((Number) r[1]).intValue()));
        return out;
    }

    /** Rows of (owner, order, source) as each owner's sources in order. */
    private static Map<Long, List<Dataset.SourceEntry>> listed(
            List<Object[]> rows, Map<Long, Dataset.SourceEntry> sources) {
        Map<Long, TreeMap<Integer, Dataset.SourceEntry>> byOwner = new HashMap<>();
        for (Object[] r : rows) {
            Dataset.SourceEntry source = sources.get(id(r[2]));
            if (source != null) {
                byOwner.computeIfAbsent(id(r[0]), k -> new TreeMap<>()).put(((Number) r[1]).intValue(), source);
            }
        }
        Map<Long, List<Dataset.SourceEntry>> out = new HashMap<>();
        byOwner.forEach((owner, list) -> out.put(owner, List.copyOf(list.values())));
        return out;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
