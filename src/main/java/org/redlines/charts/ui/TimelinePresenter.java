package org.redlines.charts.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.redlines.charts.ChartKind;
import org.redlines.charts.TimelineChart;
import org.redlines.charts.ui.EChartsOption.Axis;
import org.redlines.charts.ui.EChartsOption.Item;
import org.redlines.charts.ui.EChartsOption.Mark;
import org.redlines.charts.ui.EChartsOption.MarkLine;
import org.redlines.charts.ui.EChartsOption.Series;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PointPage;
import org.redlines.positions.PositionInfo;

/** Chart 5 in words and colours: each party's stance on one point as a step line over time, red lines marked. */
public final class TimelinePresenter {

    private TimelinePresenter() {}

    /** Without a point ({@code page} null) the chart asks for one. */
    public static ChartModel model(PointPage page, MatrixFilter filter, Catalog catalog) {
        return model(page, filter, catalog, List.of());
    }

    /**
     * With the events that involve a shown party, up to the filter's date, as dashed lines on the time axis, as
     * rows of the table and in the summary.
     */
    public static ChartModel model(PointPage page, MatrixFilter filter, Catalog catalog, List<EventInfo> events) {
        if (page == null) {
            return ChartModel.empty(
                    ChartKind.TIMELINE, Messages.t("chart.kind.timeline"), Messages.t("chart.timeline.choose-point"));
        }
        String title = Messages.t(
                "chart.timeline.title", page.point().ref(), page.point().title());
        List<PointPage.ActorHistory> actors = TimelineChart.histories(page, filter);
        if (actors.isEmpty()) {
            return ChartModel.empty(ChartKind.TIMELINE, title, Messages.t("chart.timeline.no-positions"));
        }
        String link = Links.point(page.plan().code(), page.point().ref(), filter, catalog);
        List<Series> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int entries = 0;
        for (PointPage.ActorHistory a : actors) {
            List<Item> data = new ArrayList<>();
            for (PointPage.HistoryEntry e : a.entries()) {
                PositionInfo p = e.position();
                LocalDate date = p.asOf() == null ? page.plan().date() : p.asOf();
                Item item = Item.of(
                        List.of(date.toString(), TimelineChart.level(p.stance())),
                        Messages.t(
                                p.redLine() ? "chart.timeline.tip-red-line" : "chart.timeline.tip",
                                a.actor().name(),
                                date,
                                Words.stance(p.stance()),
                                p.summary()),
                        link);
                data.add(p.redLine() ? item.marked(ChartPalette.RED_LINE) : item);
                rows.add(List.of(
                        a.actor().name(),
                        Messages.date(date),
                        Words.stance(p.stance()),
                        Messages.t(p.redLine() ? "common.yes" : "common.no"),
                        p.summary()));
                entries++;
            }
            series.add(Series.of(a.actor().name(), "line", data).steps().symbols(9));
        }
        List<String> parties = actors.stream().map(a -> a.actor().code()).toList();
        List<EventInfo> shown = events.stream()
                .filter(e -> parties.stream().anyMatch(e::involves))
                .filter(e -> filter.asOf() == null || !e.date().isAfter(filter.asOf()))
                .filter(e -> !e.date().isBefore(page.plan().date()))
                .toList();
        List<Mark> marks = new ArrayList<>();
        for (EventInfo e : shown) {
            marks.add(new Mark(e.date().toString(), e.title(), ChartText.event(e)));
            rows.add(List.of(
                    String.join(", ", e.actors()), Messages.date(e.date()), Words.eventKind(e.kind()), "", e.title()));
        }
        if (!marks.isEmpty()) {
            series.set(0, series.getFirst().marked(MarkLine.of(marks)));
        }
        String summary = Messages.t("chart.timeline.summary", entries, actors.size())
                + (shown.isEmpty()
                        ? ""
                        : " " + Messages.t("chart.events.summary", shown.size(), ChartText.event(shown.getLast())));
        EChartsOption option = ChartText.option(
                title,
                summary,
                ChartText.GRID,
                ChartText.LEGEND,
                List.of(Axis.time()),
                List.of(Axis.category(
                        TimelineChart.LEVELS.stream().map(Words::stance).toList())),
                null,
                series);
        return new ChartModel(
                ChartKind.TIMELINE,
                title,
                summary,
                option.json(),
                new ChartModel.Table(
                        List.of(
                                Messages.t("chart.column.party"),
                                Messages.t("common.date"),
                                Messages.t("common.stance"),
                                Messages.t("common.red-line-label"),
                                Messages.t("chart.column.summary")),
                        rows),
                null);
    }
}
