package org.redlines.positions;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redlines.dataset.Grade;
import org.redlines.dataset.Stance;

/**
 * What the matrix shows: one plan, some parties, and the conditions a point must meet. Immutable; every
 * {@code with...} returns a changed copy. Null or empty means "no condition" (for {@code plan}: the default plan,
 * for {@code actors}: every party; for {@code refs}: every point).
 */
public record MatrixFilter(
        String plan,
        List<String> actors,
        Set<String> topics,
        Set<Stance> stances,
        boolean redLineOnly,
        boolean contestedOnly,
        String query,
        LocalDate asOf,
        String point,
        Set<String> refs,
        Integer stale,
        boolean staleOnly,
        Grade minGrade,
        boolean weakOnly) {

    /** The most days {@code stale} may name: a hundred years. */
    public static final int MAX_STALE_DAYS = 36500;

    public static final MatrixFilter NONE = new MatrixFilter(
            null, List.of(), Set.of(), Set.of(), false, false, null, null, null, Set.of(), null, false, null, false);

    /** A filter that marks no cell as stale. */
    public MatrixFilter(
            String plan,
            List<String> actors,
            Set<String> topics,
            Set<Stance> stances,
            boolean redLineOnly,
            boolean contestedOnly,
            String query,
            LocalDate asOf,
            String point,
            Set<String> refs) {
        this(plan, actors, topics, stances, redLineOnly, contestedOnly, query, asOf, point, refs, null, false);
    }

    /** A filter that marks no cell as weakly sourced. */
    public MatrixFilter(
            String plan,
            List<String> actors,
            Set<String> topics,
            Set<Stance> stances,
            boolean redLineOnly,
            boolean contestedOnly,
            String query,
            LocalDate asOf,
            String point,
            Set<String> refs,
            Integer stale,
            boolean staleOnly) {
        this(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                null,
                false);
    }

    public MatrixFilter {
        actors = actors == null ? List.of() : List.copyOf(actors);
        topics = topics == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(topics));
        stances = stances == null || stances.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stances));
        query = query == null || query.isBlank() ? null : query.strip();
        plan = plan == null || plan.isBlank() ? null : plan;
        point = point == null || point.isBlank() ? null : point;
        refs = refs == null ? Set.of() : Set.copyOf(refs);
        staleOnly = staleOnly && stale != null;
        weakOnly = weakOnly && minGrade != null;
    }

    /** A new plan has other points, so the selected point and chosen refs go; the same plan keeps them. */
    public MatrixFilter withPlan(String newPlan) {
        if (java.util.Objects.equals(newPlan, plan)) {
            return this;
        }
        return new MatrixFilter(
                newPlan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                null,
                Set.of(),
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    /** The same view without naming its plan, for links whose path names the plan (the point page). */
    public MatrixFilter withoutPlan() {
        return new MatrixFilter(
                null,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withActors(List<String> newActors) {
        return new MatrixFilter(
                plan,
                newActors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withTopics(Set<String> newTopics) {
        return new MatrixFilter(
                plan,
                actors,
                newTopics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withStances(Set<Stance> newStances) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                newStances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withRedLineOnly(boolean on) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                on,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withContestedOnly(boolean on) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                on,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withQuery(String newQuery) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                newQuery,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withAsOf(LocalDate newAsOf) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                newAsOf,
                point,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    public MatrixFilter withPoint(String newPoint) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                newPoint,
                refs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    /** Only these points (refs of the plan), as a chart element links to exactly the points behind it. */
    public MatrixFilter withRefs(Set<String> newRefs) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                newRefs,
                stale,
                staleOnly,
                minGrade,
                weakOnly);
    }

    /** Marks cells not confirmed for more than {@code days} days (null: none); {@code only} keeps their rows. */
    public MatrixFilter withStale(Integer days, boolean only) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                days,
                only,
                minGrade,
                weakOnly);
    }

    /**
     * Marks shown cells whose entry has no source graded at least {@code grade} (null: none); {@code only} keeps
     * the rows with such a cell.
     */
    public MatrixFilter withMinGrade(Grade grade, boolean only) {
        return new MatrixFilter(
                plan,
                actors,
                topics,
                stances,
                redLineOnly,
                contestedOnly,
                query,
                asOf,
                point,
                refs,
                stale,
                staleOnly,
                grade,
                only);
    }

    /** Clear-all keeps the plan the user is looking at and nothing else. */
    public MatrixFilter cleared() {
        return NONE.withPlan(plan);
    }
}
