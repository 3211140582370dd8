package org.redlines.i18n;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.redlines.dataset.Stance;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.RevisionInfo;
import org.redlines.positions.TopicInfo;

/** A matrix view in words, for exports and print: its filters, notices, dates and a link that keeps its plan. */
public final class MatrixSummary {

    private MatrixSummary() {}

    /** The filters in words, the notices about ignored parameters, the data date, and {@code when} with its time. */
    /** "19 of 19 points": the rows shown against the plan's points. */
    public static String rowCount(MatrixPage page) {
        return Messages.t(
                "matrix.row-count",
                page.matrix().rows().size(),
                page.catalog()
                        .refsByPlan()
                        .getOrDefault(page.matrix().plan().code(), java.util.Set.of())
                        .size());
    }

    public static List<String> lines(MatrixPage page, Instant now, String when) {
        MatrixFilter filter = page.filter();
        List<String> filters = new ArrayList<>();
        filters.add(Messages.t("summary.plan", page.matrix().plan().code()));
        filters.add(
                filter.actors().isEmpty()
                        ? Messages.t("summary.all-parties")
                        : Messages.t(
                                "summary.parties",
                                page.matrix().actors().stream()
                                        .map(ActorInfo::name)
                                        .collect(Collectors.joining(", "))));
        if (!filter.topics().isEmpty()) {
            filters.add(Messages.t(
                    "summary.topics",
                    page.catalog().topics().stream()
                            .filter(t -> filter.topics().contains(t.code()))
                            .map(TopicInfo::name)
                            .collect(Collectors.joining(", "))));
        }
        if (!filter.stances().isEmpty()) {
            filters.add(Messages.t(
                    "summary.stances",
                    Arrays.stream(Stance.values())
                            .filter(filter.stances()::contains)
                            .map(Words::stance)
                            .collect(Collectors.joining(", "))));
        }
        if (filter.redLineOnly()) {
            filters.add(Messages.t("summary.red-lines-only"));
        }
        if (filter.contestedOnly()) {
            filters.add(Messages.t("summary.contested-only"));
        }
        if (filter.stale() != null) {
            filters.add(Messages.t("summary.stale", filter.stale()));
        }
        if (filter.staleOnly()) {
            filters.add(Messages.t("summary.stale-only"));
        }
        if (filter.minGrade() != null) {
            filters.add(Messages.t("summary.min-grade", filter.minGrade().code()));
        }
        if (filter.weakOnly()) {
            filters.add(Messages.t("summary.weak-only"));
        }
        if (filter.query() != null) {
            filters.add(Messages.t("summary.search", filter.query()));
        }
        if (!filter.refs().isEmpty()) {
            // toParameters lists the refs in the matrix's order (numeric refs numerically)
            String refs = MatrixParams.toParameters(filter, page.catalog())
                    .get(MatrixParams.REFS)
                    .getFirst();
            filters.add(Messages.t("summary.only-points", refs.replace(",", ", ")));
        }

        List<String> lines = new ArrayList<>();
        lines.add(Messages.t("summary.filters", String.join("; ", filters)));
        page.notices().forEach(notice -> lines.add(Messages.t("common.note", Words.notice(notice))));
        lines.add(Messages.t(
                "summary.as-of", filter.asOf() != null ? Messages.date(filter.asOf()) : Messages.t("summary.today")));
        lines.add(dataLine(page.catalog()));
        lines.add(when + ": " + Messages.timestamp(now));
        return lines;
    }

    /** Whether the data is live or frozen, and if frozen, which revision by whom. */
    public static String dataLine(Catalog catalog) {
        RevisionInfo frozen = catalog.frozen();
        return frozen == null
                ? Messages.t("summary.data-live")
                : Messages.t(
                        "summary.data-frozen",
                        String.valueOf(frozen.number()),
                        Messages.timestamp(frozen.changedAt()),
                        frozen.username());
    }
}
