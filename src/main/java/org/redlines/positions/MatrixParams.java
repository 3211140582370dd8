package org.redlines.positions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redlines.dataset.DatasetRules;
import org.redlines.dataset.Grade;
import org.redlines.dataset.Stance;

/**
 * The URL contract of the matrix: parameter names, and the conversion between query parameters and a
 * {@link MatrixFilter}. Every view and export that filters points the way the matrix does reads its link here.
 */
public final class MatrixParams {

    public static final String PLAN = "plan";
    public static final String ACTORS = "actors";
    public static final String TOPICS = "topics";
    public static final String STANCES = "stances";
    public static final String RED_LINE = "redline";
    public static final String CONTESTED = "contested";
    public static final String QUERY = "q";
    public static final String AS_OF = "asOf";
    public static final String POINT = "point";
    public static final String REFS = "refs";
    public static final String STALE = "stale";
    public static final String STALE_ONLY = "staleOnly";
    public static final String MIN_GRADE = "minGrade";
    public static final String WEAK_ONLY = "weakOnly";
    /** Not part of the filter: names the recorded revision that every view of a frozen link shows. */
    public static final String REV = "rev";

    /** Longer search text is cut to this length: no point, title or summary is longer than a few lines. */
    public static final int MAX_QUERY_LENGTH = 200;

    private MatrixParams() {}

    /** A filter read from a link, and a notice for each value that was ignored. */
    public record Parsed(MatrixFilter filter, List<Notice> notices) {}

    /** Reads query parameters; invalid values are dropped and named in a notice, never thrown. */
    public static Parsed parse(Map<String, List<String>> params, Catalog catalog) {
        QueryReader in = new QueryReader(params);

        String plan = in.single(PLAN);
        if (plan != null && catalog.plan(plan).isEmpty()) {
            in.notice(Notice.UNKNOWN, PLAN, plan);
            plan = null;
        }

        Set<String> actorCodes =
                new LinkedHashSet<>(in.codes(ACTORS, c -> catalog.actor(c).isPresent()));
        List<String> actors = catalog.actors().stream()
                .map(ActorInfo::code)
                .filter(actorCodes::contains)
                .toList();
        if (actors.size() == catalog.actors().size()) {
            actors = List.of();
        }
        Set<String> topics =
                new LinkedHashSet<>(in.codes(TOPICS, c -> catalog.topic(c).isPresent()));
        Set<Stance> stances = EnumSet.noneOf(Stance.class);
        in.codes(STANCES, c -> stanceOf(c) != null).forEach(c -> stances.add(stanceOf(c)));

        boolean redLine = in.flag(RED_LINE);
        boolean contested = in.flag(CONTESTED);

        String query = in.single(QUERY);
        if (query != null && query.strip().length() > MAX_QUERY_LENGTH) {
            query = query.strip().substring(0, MAX_QUERY_LENGTH);
            in.notice(Notice.SHORTENED, QUERY, MAX_QUERY_LENGTH);
        }

        LocalDate asOf = in.date(AS_OF);

        String point = in.single(POINT);
        String effectivePlan =
                plan != null ? plan : catalog.defaultPlan().map(PlanInfo::code).orElse(null);
        if (point != null && !catalog.hasPoint(effectivePlan, point)) {
            in.notice(Notice.UNKNOWN, POINT, point);
            point = null;
        }

        String refsPlan = effectivePlan;
        Set<String> refs = new LinkedHashSet<>(in.codes(REFS, r -> catalog.hasPoint(refsPlan, r)));

        Integer stale = staleDays(in);
        boolean staleOnly = in.flag(STALE_ONLY);
        if (staleOnly && stale == null) {
            in.notice(Notice.NEEDS, STALE_ONLY, STALE);
            staleOnly = false;
        }

        String gradeText = in.single(MIN_GRADE);
        Grade minGrade = gradeText == null ? null : Grade.parse(gradeText).orElse(null);
        if (gradeText != null && minGrade == null) {
            in.notice(Notice.UNKNOWN, MIN_GRADE, gradeText);
        }
        boolean weakOnly = in.flag(WEAK_ONLY);
        if (weakOnly && minGrade == null) {
            in.notice(Notice.NEEDS, WEAK_ONLY, MIN_GRADE);
            weakOnly = false;
        }

        MatrixFilter filter = new MatrixFilter(
                plan, actors, topics, stances, redLine, contested, query, asOf, point, refs, stale, staleOnly, minGrade,
                weakOnly);
        return new Parsed(filter, in.notices());
    }

    /** {@code stale=N}: a whole number of days from 1 to {@link MatrixFilter#MAX_STALE_DAYS}, or null. */
    private static Integer staleDays(QueryReader in) {
        Long days = in.number(STALE);
        if (days != null && (days < 1 || days > MatrixFilter.MAX_STALE_DAYS)) {
            in.notice(Notice.OUT_OF_RANGE, STALE, String.valueOf(days));
            return null;
        }
        return days == null ? null : days.intValue();
    }

    /** Numeric refs in numeric order, others after them in text order. */
    static int compareRefs(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && a.length() < 10;
        boolean nb = b.chars().allMatch(Character::isDigit) && b.length() < 10;
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }

    /** Stance codes in links are exact, as in datasets: "Opposes" is not a code. */
    static Stance stanceOf(String code) {
        return DatasetRules.stance(code).orElse(null);
    }

    /** The filter as query parameters, in a fixed order, leaving out what is at its default. */
    public static Map<String, List<String>> toParameters(MatrixFilter filter, Catalog catalog) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (filter.plan() != null) {
            out.put(PLAN, List.of(filter.plan()));
        }
        if (!filter.actors().isEmpty()) {
            out.put(ACTORS, List.of(String.join(",", filter.actors())));
        }
        if (!filter.topics().isEmpty()) {
            String topics = catalog.topics().stream()
                    .map(TopicInfo::code)
                    .filter(filter.topics()::contains)
                    .collect(Collectors.joining(","));
            out.put(TOPICS, List.of(topics));
        }
        if (!filter.stances().isEmpty()) {
            String stances = Arrays.stream(Stance.values())
                    .filter(filter.stances()::contains)
                    .map(Stance::code)
                    .collect(Collectors.joining(","));
            out.put(STANCES, List.of(stances));
        }
        if (filter.redLineOnly()) {
            out.put(RED_LINE, List.of("true"));
        }
        if (filter.contestedOnly()) {
            out.put(CONTESTED, List.of("true"));
        }
        if (filter.query() != null) {
            out.put(QUERY, List.of(filter.query()));
        }
        if (filter.asOf() != null) {
            out.put(AS_OF, List.of(filter.asOf().toString()));
        }
        if (filter.point() != null) {
            out.put(POINT, List.of(filter.point()));
        }
        if (filter.stale() != null) {
            out.put(STALE, List.of(String.valueOf(filter.stale())));
        }
        if (filter.staleOnly()) {
            out.put(STALE_ONLY, List.of("true"));
        }
        if (filter.minGrade() != null) {
            out.put(MIN_GRADE, List.of(filter.minGrade().code()));
        }
        if (filter.weakOnly()) {
            out.put(WEAK_ONLY, List.of("true"));
        }
        if (!filter.refs().isEmpty()) {
            out.put(
                    REFS,
                    List.of(String.join(
                            ",",
                            filter.refs().stream()
                                    .sorted(MatrixParams::compareRefs)
                                    .toList())));
        }
        return withRevision(out, catalog);
    }

    /** Adds {@code rev} when the catalogue is a frozen revision, so that links stay within it. */
    public static Map<String, List<String>> withRevision(Map<String, List<String>> params, Catalog catalog) {
        if (catalog.frozen() != null) {
            params.put(REV, List.of(String.valueOf(catalog.frozen().number())));
        }
        return params;
    }

    /** Servlet-style parameters ({@code String[]} values) as the lists {@link #parse} reads. */
    public static Map<String, List<String>> fromServlet(Map<String, String[]> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((name, values) -> out.put(name, Arrays.asList(values)));
        return out;
    }
}
