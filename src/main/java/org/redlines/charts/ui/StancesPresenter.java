package org.redlines.charts.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.redlines.charts.ChartKind;
import org.redlines.charts.StancesChart;
import org.redlines.charts.ui.EChartsOption.Axis;
import org.redlines.charts.ui.EChartsOption.Item;
import org.redlines.charts.ui.EChartsOption.Series;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixFilter;

/** Chart 1 in words and colours: a stacked bar per party, one segment per stance, and a bar of red lines. */
public final class StancesPresenter {

    private static final List<String> COLOURS = List.of(
            ChartPalette.SUPPORTS,
            ChartPalette.CONDITIONAL,
            ChartPalette.OPPOSES,
            ChartPalette.UNCLEAR,
            ChartPalette.NONE);

    private StancesPresenter() {}

    /** The names of {@link StancesChart#CATEGORIES} in the current language. */
    private static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Stance s : List.of(Stance.SUPPORTS, Stance.CONDITIONAL, Stance.OPPOSES, Stance.UNCLEAR)) {
            out.add(Words.stance(s));
        }
        out.add(Messages.t("chart.stances.no-position"));
        return out;
    }

    public static ChartModel model(Matrix matrix, MatrixFilter filter, Catalog catalog) {
        String title = Messages.t("chart.stances.title", matrix.plan().code());
        if (matrix.actors().isEmpty()) {
            return ChartModel.empty(ChartKind.STANCES, title, Messages.t("chart.empty.no-parties"));
        }
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.STANCES, title, ChartText.noPoints());
        }
        StancesChart.Counts counts = StancesChart.counts(matrix);
        List<String> labels = labels();
        String redLinesName = Messages.t("common.red-lines");
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < StancesChart.CATEGORIES.size(); s++) {
            String category = StancesChart.CATEGORIES.get(s);
            List<Item> data = new ArrayList<>();
            for (ActorInfo actor : matrix.actors()) {
                List<String> refs = counts.refs().get(actor.code()).get(category);
                data.add(Item.of(
                        refs.size(),
                        Messages.t(
                                "chart.stances.tip",
                                actor.name(),
                                labels.get(s).toLowerCase(Messages.current()),
                                ChartText.points(refs)),
                        ChartText.exactly(filter, refs, catalog)));
            }
            series.add(Series.of(labels.get(s), "bar", data).stack("stances").colour(COLOURS.get(s)));
        }
        List<Item> red = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            List<String> refs = counts.redLines().get(actor.code());
            red.add(Item.of(
                    refs.size(),
                    Messages.t("chart.stances.tip-red-lines", actor.name(), ChartText.points(refs)),
                    ChartText.exactly(filter, refs, catalog)));
        }
        series.add(Series.of(redLinesName, "bar", red).gap("15%").colour(ChartPalette.RED_LINE));

        List<String> header = new ArrayList<>(List.of(Messages.t("chart.column.party")));
        header.addAll(labels);
        header.add(redLinesName);
        List<List<String>> rows = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            List<String> row = new ArrayList<>(List.of(actor.name()));
            StancesChart.CATEGORIES.forEach(c -> row.add(String.valueOf(counts.count(actor.code(), c))));
            row.add(String.valueOf(counts.redLines().get(actor.code()).size()));
            rows.add(row);
        }
        ActorInfo most = matrix.actors().stream()
                .max(Comparator.comparingInt(a -> counts.count(a.code(), "opposes")))
                .orElseThrow();
        String summary = Messages.t(
                "chart.stances.summary",
                matrix.rows().size(),
                most.name(),
                counts.count(most.code(), "opposes"),
                matrix.actors().stream()
                        .map(a -> Messages.t(
                                "chart.stances.summary-red-lines",
                                a.name(),
                                counts.redLines().get(a.code()).size()))
                        .collect(Collectors.joining(", ")));
        EChartsOption option = ChartText.option(
                title,
                summary,
                ChartText.GRID,
                ChartText.LEGEND,
                List.of(Axis.category(
                        matrix.actors().stream().map(ActorInfo::name).toList())),
                List.of(Axis.values(Messages.t("common.points")).wholeNumbers()),
                null,
                series);
        return new ChartModel(
                ChartKind.STANCES, title, summary, option.json(), new ChartModel.Table(header, rows), null);
    }
}
