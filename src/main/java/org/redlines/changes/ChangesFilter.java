package org.redlines.changes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.Notice;
import org.redlines.positions.QueryReader;
import org.redlines.positions.Trend;

/**
 * The "what moved" view's state. Null dates mean the default range (the last 30 days of data); empty lists
 * mean every party, plan or topic; a null trend means every move.
 */
public record ChangesFilter(
        LocalDate from, LocalDate to, List<String> actors, List<String> plans, Set<String> topics, Trend trend) {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PLANS = "plans";
    public static final String TREND = "trend";
    public static final int DEFAULT_DAYS = 30;

    public static final ChangesFilter NONE = new ChangesFilter(null, null, List.of(), List.of(), Set.of(), null);

    public record Parsed(ChangesFilter filter, List<Notice> notices) {}

    public ChangesFilter {
        actors = List.copyOf(actors);
        plans = List.copyOf(plans);
        topics = Set.copyOf(topics);
    }

    public ChangesFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new ChangesFilter(newFrom, newTo, actors, plans, topics, trend);
    }

    public ChangesFilter withActors(List<String> newActors) {
        return new ChangesFilter(from, to, newActors, plans, topics, trend);
    }

    public ChangesFilter withPlans(List<String> newPlans) {
        return new ChangesFilter(from, to, actors, newPlans, topics, trend);
    }

    public ChangesFilter withTopics(Set<String> newTopics) {
        return new ChangesFilter(from, to, actors, plans, newTopics, trend);
    }

    public ChangesFilter withTrend(Trend newTrend) {
        return new ChangesFilter(from, to, actors, plans, topics, newTrend);
    }

    public static Parsed parse(Map<String, List<String>> params, Catalog catalog) {
        QueryReader in = new QueryReader(params);
        LocalDate from = in.date(FROM);
        LocalDate to = in.date(TO);
        if (from != null && to != null && from.isAfter(to)) {
            in.notice(Notice.SWAPPED, FROM, from, to);
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        List<String> actors =
                in.codes(MatrixParams.ACTORS, c -> catalog.actor(c).isPresent());
        List<String> plans = in.codes(PLANS, c -> catalog.plan(c).isPresent());
        Set<String> topics = new LinkedHashSet<>(
                in.codes(MatrixParams.TOPICS, c -> catalog.topic(c).isPresent()));
        String trendCode = in.single(TREND);
        Trend trend = null;
        if (trendCode != null) {
            if (trendCode.equals(Trend.HARDENED.code())) {
                trend = Trend.HARDENED;
            } else if (trendCode.equals(Trend.SOFTENED.code())) {
                trend = Trend.SOFTENED;
            } else {
                in.notice(Notice.UNKNOWN, TREND, trendCode);
            }
        }
        return new Parsed(new ChangesFilter(from, to, actors, plans, topics, trend), in.notices());
    }

    public Map<String, List<String>> toParameters(Catalog catalog) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (from != null) {
            out.put(FROM, List.of(from.toString()));
        }
        if (to != null) {
            out.put(TO, List.of(to.toString()));
        }
        if (!actors.isEmpty()) {
            out.put(MatrixParams.ACTORS, List.of(String.join(",", actors)));
        }
        if (!plans.isEmpty()) {
            out.put(PLANS, List.of(String.join(",", plans)));
        }
        if (!topics.isEmpty()) {
            out.put(
                    MatrixParams.TOPICS,
                    List.of(String.join(",", topics.stream().sorted().toList())));
        }
        if (trend != null) {
            out.put(TREND, List.of(trend.code()));
        }
        return MatrixParams.withRevision(out, catalog);
    }
}
