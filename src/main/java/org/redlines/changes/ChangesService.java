package org.redlines.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.Trend;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** What moved between two dates: every dated position entry in the range against the entry before it. */
@Service
// One snapshot per read: a write committed halfway through never mixes old and new rows (ADR 11).
@Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
public class ChangesService {

    private final MatrixService matrices;

    ChangesService(MatrixService matrices) {
        this.matrices = matrices;
    }

    public Changes changes(Map<String, List<String>> params) {
        Catalog catalog = matrices.catalog(params);
        ChangesFilter.Parsed parsed = ChangesFilter.parse(params, catalog);
        ChangesFilter filter = parsed.filter();
        List<PositionInfo> all = matrices.allPositions(catalog);

        LocalDate latest = all.stream()
                .map(PositionInfo::asOf)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.now());
        LocalDate to = filter.to() != null
                ? filter.to()
                : filter.from() != null ? filter.from().plusDays(ChangesFilter.DEFAULT_DAYS) : latest;
        LocalDate from = filter.from() != null ? filter.from() : to.minusDays(ChangesFilter.DEFAULT_DAYS);

        Map<String, List<PositionInfo>> cells = new HashMap<>();
        for (PositionInfo p : all) {
            cells.computeIfAbsent(p.plan() + "\u0000" + p.pointRef() + "\u0000" + p.actorCode(), k -> new ArrayList<>())
                    .add(p);
        }
        Map<String, PointInfo> pointByKey = new HashMap<>();
        matrices.allPoints(catalog).forEach(p -> pointByKey.put(p.plan() + "\u0000" + p.ref(), p));

        List<Changes.Change> found = new ArrayList<>();
        for (List<PositionInfo> history : cells.values()) {
            history.sort(MatrixEngine.HISTORY_ORDER);
            for (int i = 0; i < history.size(); i++) {
                PositionInfo after = history.get(i);
                if (after.asOf() == null
                        || after.asOf().isBefore(from)
                        || after.asOf().isAfter(to)) {
                    continue;
                }
                PointInfo point = pointByKey.get(after.plan() + "\u0000" + after.pointRef());
                if (!keep(filter, after, point)) {
                    continue;
                }
                PositionInfo before = i == 0 ? null : history.get(i - 1);
                Trend trend = Trend.between(before, after);
                if (filter.trend() != null && filter.trend() != trend) {
                    continue;
                }
                found.add(new Changes.Change(
                        catalog.plan(after.plan()).orElseThrow(),
                        point,
                        catalog.actor(after.actorCode()).orElseThrow(),
                        before,
                        after,
                        trend,
                        List.of()));
            }
        }

        Map<Long, List<SourceInfo>> sources = matrices.sources(
                catalog, found.stream().map(c -> c.after().id()).toList());
        TreeMap<LocalDate, List<Changes.Change>> byDate = new TreeMap<>(Comparator.reverseOrder());
        found.stream()
                .sorted(Comparator.comparing((Changes.Change c) -> c.plan().date())
                        .reversed()
                        .thenComparingInt(c -> c.point().order())
                        .thenComparingInt(c -> catalog.actors().indexOf(c.actor())))
                .forEach(c -> byDate.computeIfAbsent(c.after().asOf(), d -> new ArrayList<>())
                        .add(new Changes.Change(
                                c.plan(),
                                c.point(),
                                c.actor(),
                                c.before(),
                                c.after(),
                                c.trend(),
                                sources.getOrDefault(c.after().id(), List.of()))));
        Map<LocalDate, List<EventInfo>> eventsByDate = new HashMap<>();
        for (EventInfo event : matrices.events(catalog)) {
            if (!event.date().isBefore(from)
                    && !event.date().isAfter(to)
                    && (filter.actors().isEmpty() || filter.actors().stream().anyMatch(event::involves))) {
                eventsByDate
                        .computeIfAbsent(event.date(), d -> new ArrayList<>())
                        .add(event);
                byDate.computeIfAbsent(event.date(), d -> new ArrayList<>());
            }
        }
        List<Changes.Day> days = byDate.entrySet().stream()
                .map(e -> new Changes.Day(e.getKey(), e.getValue(), eventsByDate.getOrDefault(e.getKey(), List.of())))
                .toList();
        return new Changes(catalog, filter, catalog.withRevisionNotices(parsed.notices()), from, to, days);
    }

    private static boolean keep(ChangesFilter filter, PositionInfo entry, PointInfo point) {
        return (filter.actors().isEmpty() || filter.actors().contains(entry.actorCode()))
                && (filter.plans().isEmpty() || filter.plans().contains(entry.plan()))
                && (filter.topics().isEmpty() || filter.topics().contains(point.topicCode()));
    }
}
