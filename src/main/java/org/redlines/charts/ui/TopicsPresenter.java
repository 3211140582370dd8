package org.redlines.charts.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.redlines.charts.ChartKind;
import org.redlines.charts.TopicsChart;
import org.redlines.charts.ui.EChartsOption.Axis;
import org.redlines.charts.ui.EChartsOption.Grid;
import org.redlines.charts.ui.EChartsOption.InRange;
import org.redlines.charts.ui.EChartsOption.Item;
import org.redlines.charts.ui.EChartsOption.Label;
import org.redlines.charts.ui.EChartsOption.Series;
import org.redlines.charts.ui.EChartsOption.TextStyle;
import org.redlines.charts.ui.EChartsOption.VisualMap;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.TopicInfo;

/** Chart 3 in words and colours: a heatmap of opposed points, topic against party. */
public final class TopicsPresenter {

    private TopicsPresenter() {}

    public static ChartModel model(Matrix matrix, MatrixFilter filter, Catalog catalog) {
        String title = Messages.t("chart.topics.title", matrix.plan().code());
        if (matrix.actors().isEmpty()) {
            return ChartModel.empty(ChartKind.TOPICS, title, Messages.t("chart.empty.no-parties"));
        }
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.TOPICS, title, ChartText.noPoints());
        }
        List<TopicsChart.Cell> cells = TopicsChart.pushback(matrix, catalog);
        List<TopicInfo> topics =
                cells.stream().map(TopicsChart.Cell::topic).distinct().toList();
        List<Item> data = new ArrayList<>();
        int max = 1;
        for (TopicsChart.Cell c : cells) {
            max = Math.max(max, c.opposes().size());
            String tip = c.redLines().isEmpty()
                    ? Messages.t(
                            "chart.topics.tip",
                            c.actor().name(),
                            c.topic().name(),
                            c.opposes().size(),
                            c.points(),
                            ChartText.points(c.opposes()),
                            c.redLines().size())
                    : Messages.t(
                            "chart.topics.tip-red-lines",
                            c.actor().name(),
                            c.topic().name(),
                            c.opposes().size(),
                            c.points(),
                            ChartText.points(c.opposes()),
                            c.redLines().size(),
                            String.join(", ", c.redLines()));
            List<Object> value = List.of(
                    matrix.actors().indexOf(c.actor()),
                    topics.indexOf(c.topic()),
                    c.opposes().size(),
                    c.redLines().size());
            data.add(Item.of(value, tip, ChartText.exactly(filter, c.opposes(), catalog)));
        }
        VisualMap scale = new VisualMap(
                0,
                max,
                2,
                null,
                "horizontal",
                "center",
                0,
                List.of(Messages.t("chart.topics.scale-high"), Messages.t("chart.topics.scale-low")),
                TextStyle.of(ChartPalette.TEXT),
                new InRange(List.of(ChartPalette.LOW, ChartPalette.OPPOSES)));
        // The label is an ECharts template ({@[2]} is a value of the cell), read without placeholders.
        Series heatmap = Series.of(Messages.t("chart.topics.series"), "heatmap", data)
                .labelled(new Label(true, Messages.t("chart.topics.label"), ChartPalette.TEXT));

        List<List<String>> rows = cells.stream()
                .map(c -> List.of(
                        c.topic().name(),
                        c.actor().name(),
                        String.valueOf(c.points()),
                        String.valueOf(c.opposes().size()),
                        String.valueOf(c.redLines().size())))
                .toList();
        TopicsChart.Cell most = cells.stream()
                .max(Comparator.comparingInt((TopicsChart.Cell c) -> c.opposes().size())
                        .thenComparingInt(c -> c.redLines().size()))
                .orElseThrow();
        String summary = most.opposes().isEmpty()
                ? Messages.t("chart.topics.no-opposition", matrix.rows().size())
                : Messages.t(
                        "chart.topics.summary",
                        most.actor().name(),
                        most.topic().name(),
                        most.opposes().size(),
                        most.points());
        EChartsOption option = ChartText.option(
                title,
                summary,
                new Grid(160, 24, 48, 72, null),
                null,
                List.of(Axis.category(
                        matrix.actors().stream().map(ActorInfo::name).toList())),
                List.of(Axis.category(topics.stream().map(TopicInfo::name).toList())
                        .inverted()),
                scale,
                List.of(heatmap));
        return new ChartModel(
                ChartKind.TOPICS,
                title,
                summary,
                option.json(),
                new ChartModel.Table(
                        List.of(
                                Messages.t("common.topic"),
                                Messages.t("chart.column.party"),
                                Messages.t("common.points"),
                                Words.stance(Stance.OPPOSES),
                                Messages.t("common.red-lines")),
                        rows),
                null);
    }
}
