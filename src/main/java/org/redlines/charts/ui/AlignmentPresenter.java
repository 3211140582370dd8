package org.redlines.charts.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.redlines.charts.AlignmentChart;
import org.redlines.charts.ChartKind;
import org.redlines.charts.ui.EChartsOption.Axis;
import org.redlines.charts.ui.EChartsOption.InRange;
import org.redlines.charts.ui.EChartsOption.Item;
import org.redlines.charts.ui.EChartsOption.Label;
import org.redlines.charts.ui.EChartsOption.Series;
import org.redlines.charts.ui.EChartsOption.TextStyle;
import org.redlines.charts.ui.EChartsOption.VisualMap;
import org.redlines.i18n.Messages;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixFilter;

/** Chart 2 in words and colours: a heatmap of agreement in percent, party against party. */
public final class AlignmentPresenter {

    private AlignmentPresenter() {}

    public static ChartModel model(Matrix matrix, MatrixFilter filter, Catalog catalog) {
        String title = Messages.t("chart.alignment.title", matrix.plan().code());
        if (matrix.actors().size() < 2) {
            return ChartModel.empty(ChartKind.ALIGNMENT, title, Messages.t("chart.alignment.too-few"));
        }
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.ALIGNMENT, title, ChartText.noPoints());
        }
        List<AlignmentChart.Pair> pairs = AlignmentChart.pairs(matrix);
        List<String> names = matrix.actors().stream().map(ActorInfo::name).toList();
        List<Item> data = new ArrayList<>();
        for (AlignmentChart.Pair p : pairs) {
            String tip = p.both().isEmpty()
                    ? Messages.t("chart.alignment.tip-none", p.a().name(), p.b().name())
                    : Messages.t(
                            "chart.alignment.tip",
                            p.a().name(),
                            p.b().name(),
                            p.agree().size(),
                            p.both().size(),
                            p.percent(),
                            ChartText.points(p.agree()));
            List<Object> value = Arrays.asList(
                    matrix.actors().indexOf(p.a()),
                    matrix.actors().indexOf(p.b()),
                    p.percent(),
                    p.both().size());
            data.add(Item.of(value, tip, ChartText.exactly(filter, p.agree(), catalog)));
        }
        VisualMap scale = new VisualMap(
                0,
                100,
                null,
                false,
                "horizontal",
                "center",
                0,
                List.of(Messages.t("chart.alignment.scale-high"), "0%"),
                TextStyle.of(ChartPalette.TEXT),
                new InRange(List.of(ChartPalette.OPPOSES, ChartPalette.CONDITIONAL, ChartPalette.SUPPORTS)));
        // The label is an ECharts template ({@[2]} is a value of the cell), read without placeholders.
        Series heatmap = Series.of(Messages.t("chart.alignment.series"), "heatmap", data)
                .labelled(new Label(true, Messages.t("chart.alignment.label"), null));

        List<List<String>> rows = pairs.stream()
                .map(p -> List.of(
                        p.a().name(),
                        p.b().name(),
                        String.valueOf(p.agree().size()),
                        String.valueOf(p.both().size()),
                        p.percent() == null ? "" : p.percent() + "%"))
                .toList();
        String summary = summary(pairs);
        EChartsOption option = ChartText.option(
                title,
                summary,
                ChartText.GRID,
                null,
                List.of(Axis.category(names)),
                List.of(Axis.category(names)),
                scale,
                List.of(heatmap));
        return new ChartModel(
                ChartKind.ALIGNMENT,
                title,
                summary,
                option.json(),
                new ChartModel.Table(
                        List.of(
                                Messages.t("chart.column.party"),
                                Messages.t("chart.column.with"),
                                Messages.t("chart.column.agree"),
                                Messages.t("chart.column.both-positions"),
                                Messages.t("chart.column.share")),
                        rows),
                null);
    }

    private static String summary(List<AlignmentChart.Pair> pairs) {
        List<AlignmentChart.Pair> rated =
                pairs.stream().filter(p -> p.percent() != null).toList();
        if (rated.isEmpty()) {
            return Messages.t("chart.alignment.no-overlap");
        }
        AlignmentChart.Pair best = rated.stream()
                .max(Comparator.comparingInt(AlignmentChart.Pair::percent))
                .orElseThrow();
        AlignmentChart.Pair worst = rated.stream()
                .min(Comparator.comparingInt(AlignmentChart.Pair::percent))
                .orElseThrow();
        return Messages.t(
                "chart.alignment.summary",
                best.a().name(),
                best.b().name(),
                best.percent(),
                best.both().size(),
                worst.a().name(),
                worst.b().name(),
                worst.percent(),
                worst.both().size());
    }
}
