package org.redlines.charts.ui;

import java.util.List;
import java.util.Set;
import org.redlines.charts.ui.EChartsOption.Aria;
import org.redlines.charts.ui.EChartsOption.AriaLabel;
import org.redlines.charts.ui.EChartsOption.Axis;
import org.redlines.charts.ui.EChartsOption.Grid;
import org.redlines.charts.ui.EChartsOption.Legend;
import org.redlines.charts.ui.EChartsOption.Series;
import org.redlines.charts.ui.EChartsOption.TextStyle;
import org.redlines.charts.ui.EChartsOption.Title;
import org.redlines.charts.ui.EChartsOption.Tooltip;
import org.redlines.charts.ui.EChartsOption.VisualMap;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixFilter;

/** What every chart shares: the frame of its option, its accessible description, and how it names points. */
final class ChartText {

    static final Grid GRID = new Grid(56, 56, 48, 72, true);
    static final Legend LEGEND = new Legend(0, TextStyle.of(ChartPalette.TEXT));

    private ChartText() {}

    /** The option with the frame every chart has: no animation, item tooltips, the title, and the description. */
    static EChartsOption option(
            String title,
            String summary,
            Grid grid,
            Legend legend,
            List<Axis> xAxis,
            List<Axis> yAxis,
            VisualMap visualMap,
            List<Series> series) {
        return new EChartsOption(
                false,
                new Tooltip("item", true),
                grid,
                new Title(title, "center", new TextStyle(ChartPalette.TEXT, 14)),
                legend,
                xAxis,
                yAxis,
                visualMap,
                series,
                new Aria(true, new AriaLabel(title + ". " + summary)));
    }

    /** The matrix with the user's filter, narrowed to exactly these points; null when there are none. */
    static String exactly(MatrixFilter filter, List<String> refs, Catalog catalog) {
        return refs.isEmpty()
                ? null
                : Links.matrix(filter.withRefs(Set.copyOf(refs)).withPoint(null), catalog);
    }

    static String points(List<String> refs) {
        if (refs.isEmpty()) {
            return Messages.t("chart.points.none");
        }
        return Messages.t(refs.size() == 1 ? "chart.points.one" : "chart.points.many", String.join(", ", refs));
    }

    static String noPoints() {
        return Messages.t("chart.empty.no-points");
    }

    /** An event as a chart's tooltip and data table say it: date, kind and title, and the parties involved. */
    static String event(EventInfo event) {
        return Messages.t(
                "chart.event",
                event.date(),
                Words.eventKind(event.kind()),
                event.title(),
                event.actors().isEmpty() ? "" : " (" + String.join(", ", event.actors()) + ")");
    }
}
