package org.redlines.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that span the document: codes unique in their lists, every reference naming an entry of the same
 * document, and point lineage that runs from earlier plans to later ones without a cycle.
 */
final class DatasetReferences {

    private final Problems problems;

    DatasetReferences(Problems problems) {
        this.problems = problems;
    }

    void check(Dataset d) {
        Set<String> actorCodes = unique("actors", d.actors(), Dataset.ActorEntry::code);
        Set<String> topicCodes = unique("topics", d.topics(), Dataset.TopicEntry::code);
        unique("plans", d.plans(), Dataset.PlanEntry::code);
        Map<String, LocalDate> planDates = new HashMap<>();
        d.plans().forEach(p -> {
            if (p.code() != null) {
                planDates.putIfAbsent(p.code(), p.date());
            }
        });

        Set<Dataset.PointKey> pointKeys = new HashSet<>();
        for (int i = 0; i < d.points().size(); i++) {
            Dataset.PointEntry p = d.points().get(i);
            String at = "points[" + i + "]";
            boolean planKnown = known(at + ".plan", "unknown-plan", p.plan(), planDates.keySet());
            known(at + ".topic", "unknown-topic", p.topic(), topicCodes);
            if (planKnown && p.ref() != null && !pointKeys.add(new Dataset.PointKey(p.plan(), p.ref()))) {
                problems.add(at + ".ref", "duplicate-ref", p.ref(), p.plan());
            }
        }
        Map<Dataset.PointKey, List<Dataset.PointKey>> lineage = new LinkedHashMap<>();
        for (int i = 0; i < d.points().size(); i++) {
            Dataset.PointEntry p = d.points().get(i);
            for (int j = 0; j < p.derivedFrom().size(); j++) {
                Dataset.PointKey from = p.derivedFrom().get(j);
                String at = "points[" + i + "].derivedFrom[" + j + "]";
                if (from.plan() == null || from.ref() == null) {
                    continue;
                }
                if (!pointKeys.contains(from)) {
                    problems.add(at, "unknown-point", from.ref(), from.plan());
                    continue;
                }
                LocalDate fromDate = planDates.get(from.plan());
                LocalDate ownDate = planDates.get(p.plan());
                if (fromDate != null && ownDate != null && fromDate.isAfter(ownDate)) {
                    problems.add(at, "dated-after", from.plan(), fromDate.toString(), p.plan(), ownDate.toString());
                }
                lineage.computeIfAbsent(new Dataset.PointKey(p.plan(), p.ref()), k -> new ArrayList<>())
                        .add(from);
            }
        }
        findCycle(lineage);

        checkPositions("planPositions", d.planPositions(), planDates.keySet(), actorCodes, null);
        checkPositions("positions", d.positions(), planDates.keySet(), actorCodes, pointKeys);
        checkEvents(d.events(), actorCodes);
    }

    private void checkPositions(
            String list,
            List<Dataset.PositionEntry> entries,
            Set<String> planCodes,
            Set<String> actorCodes,
            Set<Dataset.PointKey> pointKeys) {
        for (int i = 0; i < entries.size(); i++) {
            Dataset.PositionEntry e = entries.get(i);
            String at = list + "[" + i + "]";
            boolean planKnown = known(at + ".plan", "unknown-plan", e.plan(), planCodes);
            known(at + ".actor", "unknown-actor", e.actor(), actorCodes);
            if (pointKeys != null
                    && planKnown
                    && e.point() != null
                    && !pointKeys.contains(new Dataset.PointKey(e.plan(), e.point()))) {
                problems.add(at + ".point", "no-such-point", e.plan(), e.point());
            }
        }
    }

    private void findCycle(Map<Dataset.PointKey, List<Dataset.PointKey>> lineage) {
        Map<Dataset.PointKey, Integer> state = new HashMap<>();
        for (Dataset.PointKey start : lineage.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<Dataset.PointKey> path = new ArrayList<>();
            if (visit(start, lineage, state, path)) {
                return;
            }
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = done. Reports the first cycle found. */
    private boolean visit(
            Dataset.PointKey key,
            Map<Dataset.PointKey, List<Dataset.PointKey>> lineage,
            Map<Dataset.PointKey, Integer> state,
            List<Dataset.PointKey> path) {
        state.put(key, 1);
        path.add(key);
        for (Dataset.PointKey next : lineage.getOrDefault(key, List.of())) {
            Integer s = state.get(next);
            if (s != null && s == 1) {
                List<Dataset.PointKey> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                problems.add(
                        "points",
                        "cycle",
                        String.join(
                                " -> ",
                                cycle.stream()
                                        .map(k -> k.plan() + "/" + k.ref())
                                        .toList()));
                return true;
            }
            if (s == null && visit(next, lineage, state, path)) {
                return true;
            }
        }
        path.removeLast();
        state.put(key, 2);
        return false;
    }

    private <T> Set<String> unique(String list, List<T> entries, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String c = code.apply(entries.get(i));
            if (c != null && !seen.add(c)) {
                problems.add(list + "[" + i + "].code", "duplicate-code", c);
            }
        }
        return seen;
    }

    /** Whether {@code code} is one of {@code codes}; if not, the problem {@code unknownCode} names it. */
    private boolean known(String at, String unknownCode, String code, Set<String> codes) {
        if (code == null) {
            return false;
        }
        if (!codes.contains(code)) {
            problems.add(at, unknownCode, code);
            return false;
        }
        return true;
    }

    /**
     * Each event names known parties; only a scheduled event may lie in the future or have no source yet; and no
     * two events share date and title.
     */
    private void checkEvents(List<Dataset.EventEntry> events, Set<String> actorCodes) {
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < events.size(); i++) {
            Dataset.EventEntry e = events.get(i);
            String at = "events[" + i + "]";
            for (int j = 0; j < e.actors().size(); j++) {
                known(at + ".actors[" + j + "]", "unknown-actor", e.actors().get(j), actorCodes);
            }
            boolean scheduled = e.kind() == EventKind.SCHEDULED;
            if (e.date() != null && e.date().isAfter(today) && e.kind() != null && !scheduled) {
                problems.add(
                        at + ".date",
                        "future-event",
                        e.date().toString(),
                        e.kind().code());
            }
            if (e.kind() != null && !scheduled && e.sources().isEmpty()) {
                problems.add(at + ".sources", "event-needs-source");
            }
            if (e.date() != null && e.title() != null && !seen.add(e.date() + "\u0000" + e.title())) {
                problems.add(at, "duplicate-event", e.date().toString(), e.title());
            }
        }
    }
}
