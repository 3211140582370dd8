package org.redlines.charts.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.redlines.charts.ChartKind;
import org.redlines.charts.TimelineChart;
import org.redlines.charts.ui.EChartsOption.Axis;
import org.redlines.charts.ui.EChartsOption.Item;
import org.redlines.charts.ui.EChartsOption.Series;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PointPage;
import org.redlines.positions.PositionInfo;

/** Chart 5 in words and colours: each party's stance on one point as a step line over time, red lines marked. */
public final class TimelinePresenter {

    private TimelinePresenter() {}

    /** Without a point ({@code page} null) the chart asks for one. */
    public static ChartModel model(PointPage page, MatrixFilter filter, Catalog catalog) {
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
        String summary = Messages.t("chart.timeline.summary", entries, actors.size());
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
