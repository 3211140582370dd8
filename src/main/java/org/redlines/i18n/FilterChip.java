package org.redlines.i18n;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.redlines.dataset.Stance;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.TopicInfo;

/**
 * One active filter value as the matrix's toolbar shows it: its words, and the filter without it. The live chips
 * (FilterChips) and the first view's stand-in for them (module share) are written from the same list.
 */
public record FilterChip(String id, String text, UnaryOperator<MatrixFilter> removal) {

    /** The active filter values in the toolbar's order. */
    public static List<FilterChip> of(Catalog catalog, MatrixFilter filter) {
        List<FilterChip> chips = new ArrayList<>();
        for (ActorInfo actor : catalog.actors()) {
            if (filter.actors().contains(actor.code())) {
                chips.add(new FilterChip(
                        "party-" + actor.code(), actor.name(), f -> f.withActors(without(f.actors(), actor.code()))));
            }
        }
        for (TopicInfo topic : catalog.topics()) {
            if (filter.topics().contains(topic.code())) {
                chips.add(new FilterChip(
                        "topic-" + topic.code(), topic.name(), f -> f.withTopics(without(f.topics(), topic.code()))));
            }
        }
        for (Stance stance : Stance.values()) {
            if (filter.stances().contains(stance)) {
                chips.add(new FilterChip("stance-" + stance.code(), Words.stance(stance), f -> {
                    Set<Stance> rest =
                            f.stances().isEmpty() ? EnumSet.noneOf(Stance.class) : EnumSet.copyOf(f.stances());
                    rest.remove(stance);
                    return f.withStances(rest);
                }));
            }
        }
        if (filter.redLineOnly()) {
            chips.add(new FilterChip(
                    "redline", Messages.t("matrix.filter.red-lines-only"), f -> f.withRedLineOnly(false)));
        }
        if (filter.contestedOnly()) {
            chips.add(new FilterChip(
                    "contested", Messages.t("matrix.filter.contested-only"), f -> f.withContestedOnly(false)));
        }
        if (filter.query() != null) {
            chips.add(new FilterChip("q", Messages.t("matrix.chips.search", filter.query()), f -> f.withQuery(null)));
        }
        if (filter.asOf() != null) {
            chips.add(new FilterChip(
                    "asof", Messages.t("matrix.chips.as-of", Messages.date(filter.asOf())), f -> f.withAsOf(null)));
        }
        if (filter.stale() != null) {
            chips.add(new FilterChip(
                    "stale", Messages.t("matrix.chips.stale", filter.stale()), f -> f.withStale(null, false)));
        }
        if (filter.staleOnly()) {
            chips.add(new FilterChip(
                    "stale-only", Messages.t("matrix.chips.stale-only"), f -> f.withStale(f.stale(), false)));
        }
        if (filter.minGrade() != null) {
            chips.add(new FilterChip(
                    "min-grade",
                    Messages.t("matrix.chips.min-grade", filter.minGrade().code()),
                    f -> f.withMinGrade(null, false)));
        }
        if (filter.weakOnly()) {
            chips.add(new FilterChip(
                    "weak-only", Messages.t("matrix.chips.weak-only"), f -> f.withMinGrade(f.minGrade(), false)));
        }
        if (!filter.refs().isEmpty()) {
            chips.add(new FilterChip(
                    "refs",
                    Messages.t("matrix.chips.points", String.join(", ", filter.refs())),
                    f -> f.withRefs(Set.of())));
        }
        return chips;
    }

    /** The Filters button's words: how many filter values are active. */
    public static String buttonText(int active) {
        return active == 0 ? Messages.t("matrix.filters") : Messages.t("matrix.filters.count", active);
    }

    private static List<String> without(List<String> codes, String code) {
        return codes.stream().filter(c -> !c.equals(code)).toList();
    }

    private static Set<String> without(Set<String> codes, String code) {
        Set<String> rest = new LinkedHashSet<>(codes);
        rest.remove(code);
        return rest;
    }
}
