package org.redlines.charts.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redlines.charts.ChartKind;
import org.redlines.charts.ConvergenceChart;
import org.redlines.charts.ConvergenceChart.Week;
import org.redlines.charts.ui.EChartsOption.Axis;
import org.redlines.charts.ui.EChartsOption.Item;
import org.redlines.charts.ui.EChartsOption.Mark;
import org.redlines.charts.ui.EChartsOption.MarkLine;
import org.redlines.charts.ui.EChartsOption.Series;
import org.redlines.i18n.Messages;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PlanData;

/** Chart 4 in words and colours: the weekly share of points every party accepts, and red-line clashes as bars. */
public final class ConvergencePresenter {

    private ConvergencePresenter() {}

    public static ChartModel model(PlanData data, Catalog catalog, MatrixFilter filter) {
        return model(data, catalog, filter, List.of());
    }

    /** With the negotiation's events as dashed lines at their week, in the table and in the summary. */
    public static ChartModel model(PlanData data, Catalog catalog, MatrixFilter filter, List<EventInfo> events) {
        String title = Messages.t("chart.convergence.title", data.plan().code());
        List<Week> weeks = ConvergenceChart.weeks(data, catalog, filter);
        if (weeks.isEmpty()) {
            boolean noPoints = MatrixEngine.compute(data, catalog, filter.withPoint(null))
                    .rows()
                    .isEmpty();
            return ChartModel.empty(
                    ChartKind.CONVERGENCE,
                    title,
                    noPoints
                            ? ChartText.noPoints()
                            : filter.asOf() == null
                                    ? Messages.t("chart.convergence.no-dates")
                                    : Messages.t("chart.convergence.no-dates-by", filter.asOf()));
        }
        List<Item> share = new ArrayList<>();
        List<Item> clashes = new ArrayList<>();
        for (Week w : weeks) {
            MatrixFilter then = MatrixFilter.NONE
                    .withPlan(filter.plan())
                    .withActors(filter.actors())
                    .withAsOf(w.date());
            share.add(Item.of(
                    w.percent(),
                    Messages.t(
                            "chart.convergence.tip-share",
                            w.date(),
                            w.allAccept(),
                            w.points(),
                            w.percent(),
                            ChartText.points(w.accepted())),
                    ChartText.exactly(then, w.accepted(), catalog)));
            clashes.add(Item.of(
                    w.clashes(),
                    Messages.t("chart.convergence.tip-clashes", w.date(), w.clashes(), ChartText.points(w.clashing())),
                    ChartText.exactly(then, w.clashing(), catalog)));
        }
        // Each event belongs to the first week that ends on or after its day.
        Map<Week, List<EventInfo>> byWeek = new LinkedHashMap<>();
        List<EventInfo> shown = new ArrayList<>();
        for (EventInfo event : events) {
            weeks.stream()
                    .filter(w -> !w.date().isBefore(event.date()))
                    .findFirst()
                    .filter(w -> !event.date().isBefore(weeks.getFirst().date().minusWeeks(1)))
                    .ifPresent(w -> {
                        byWeek.computeIfAbsent(w, k -> new ArrayList<>()).add(event);
                        shown.add(event);
                    });
        }
        List<List<String>> rows = weeks.stream()
                .map(w -> List.of(
                        Messages.date(w.date()),
                        String.valueOf(w.points()),
                        String.valueOf(w.allAccept()),
                        w.percent() + "%",
                        String.valueOf(w.clashes()),
                        byWeek.getOrDefault(w, List.of()).stream()
                                .map(ChartText::event)
                                .collect(Collectors.joining("; "))))
                .toList();
        List<Mark> marks = new ArrayList<>();
        byWeek.forEach((week, list) ->
                list.forEach(e -> marks.add(new Mark(Messages.date(week.date()), e.title(), ChartText.event(e)))));
        Week first = weeks.getFirst();
        Week last = weeks.getLast();
        String summary = Messages.t(
                "chart.convergence.summary",
                first.date(),
                last.date(),
                first.percent(),
                last.percent(),
                first.clashes(),
                last.clashes());
        if (!shown.isEmpty()) {
            summary += " " + Messages.t("chart.events.summary", shown.size(), ChartText.event(shown.getLast()));
        }
        EChartsOption option = ChartText.option(
                title,
                summary,
                ChartText.GRID,
                ChartText.LEGEND,
                List.of(Axis.category(
                        weeks.stream().map(w -> Messages.date(w.date())).toList())),
                List.of(
                        Axis.values(Messages.t("chart.convergence.axis-share")).range(0, 100),
                        Axis.values(Messages.t("common.red-line-clashes"))
                                .wholeNumbers()
                                .noSplitLines()),
                null,
                List.of(
                        Series.of(Messages.t("chart.convergence.series-share"), "line", share)
                                .symbols(8)
                                .colour(ChartPalette.SUPPORTS)
                                .marked(marks.isEmpty() ? null : MarkLine.of(marks)),
                        Series.of(Messages.t("chart.convergence.series-clashes"), "bar", clashes)
                                .onAxis(1)
                                .colour(ChartPalette.RED_LINE)));
        return new ChartModel(
                ChartKind.CONVERGENCE,
                title,
                summary,
                option.json(),
                new ChartModel.Table(
                        List.of(
                                Messages.t("common.date"),
                                Messages.t("common.points"),
                                Messages.t("chart.column.all-accept"),
                                Messages.t("chart.column.share"),
                                Messages.t("common.red-line-clashes"),
                                Messages.t("chart.column.events")),
                        rows),
                null);
    }
}
