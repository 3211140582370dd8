package org.redlines.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.redlines.i18n.Messages;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixEngine;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PlanData;
import org.redlines.positions.PointPage;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.Stance;
import org.redlines.positions.TopicInfo;
import org.redlines.positions.Verdict;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes each chart's numbers from the filtered matrix, and the ECharts option and data table that show
 * them. Plain Java: the numbers are tested without a browser or ECharts.
 */
public final class ChartBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Bar segments of the stances chart, in stack order; "none" is an empty cell. */
    static final List<String> STANCE_CATEGORIES = List.of("supports", "conditional", "opposes", "unclear", "none");

    private static final List<String> STANCE_COLOURS = List.of(
            ChartPalette.SUPPORTS,
            ChartPalette.CONDITIONAL,
            ChartPalette.OPPOSES,
            ChartPalette.UNCLEAR,
            ChartPalette.NONE);

    private ChartBuilder() {}

    /** The names of {@link #STANCE_CATEGORIES} in the current language. */
    private static List<String> stanceLabels() {
        return List.of(
                Stance.SUPPORTS.label(),
                Stance.CONDITIONAL.label(),
                Stance.OPPOSES.label(),
                Stance.UNCLEAR.label(),
                Messages.t("chart.stances.no-position"));
    }

    private static String noPoints() {
        return Messages.t("chart.empty.no-points");
    }

    // ---- 1. Stances per party -------------------------------------------------------------------------------

    /** For each shown party and stance category, the refs of the points in it; plus each party's red lines. */
    public record StanceCounts(
            List<ActorInfo> actors, Map<String, Map<String, List<String>>> refs, Map<String, List<String>> redLines) {

        public int count(String actor, String category) {
            return refs.get(actor).get(category).size();
        }
    }

    public static StanceCounts stanceCounts(Matrix matrix) {
        Map<String, Map<String, List<String>>> refs = new LinkedHashMap<>();
        Map<String, List<String>> redLines = new LinkedHashMap<>();
        for (ActorInfo actor : matrix.actors()) {
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            STANCE_CATEGORIES.forEach(c -> byCategory.put(c, new ArrayList<>()));
            List<String> red = new ArrayList<>();
            for (Matrix.Row row : matrix.rows()) {
                PositionInfo cell = row.cell(actor.code());
                byCategory
                        .get(cell == null ? "none" : cell.stance().code())
                        .add(row.point().ref());
                if (cell != null && cell.redLine()) {
                    red.add(row.point().ref());
                }
            }
            refs.put(actor.code(), byCategory);
            redLines.put(actor.code(), red);
        }
        return new StanceCounts(matrix.actors(), refs, redLines);
    }

    public static ChartModel stances(Matrix matrix, MatrixFilter filter, Catalog catalog) {
        String title = Messages.t("chart.stances.title", matrix.plan().code());
        if (matrix.actors().isEmpty()) {
            return ChartModel.empty(ChartKind.STANCES, title, Messages.t("chart.empty.no-parties"));
        }
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.STANCES, title, noPoints());
        }
        StanceCounts counts = stanceCounts(matrix);
        List<String> labels = stanceLabels();
        String redLinesName = Messages.t("common.red-lines");
        List<String> names = matrix.actors().stream().map(ActorInfo::name).toList();
        List<Object> series = new ArrayList<>();
        for (int s = 0; s < STANCE_CATEGORIES.size(); s++) {
            String category = STANCE_CATEGORIES.get(s);
            List<Object> data = new ArrayList<>();
            for (ActorInfo actor : matrix.actors()) {
                List<String> refs = counts.refs().get(actor.code()).get(category);
                data.add(item(
                        refs.size(),
                        exactly(filter, refs, catalog),
                        Messages.t(
                                "chart.stances.tip",
                                actor.name(),
                                labels.get(s).toLowerCase(Messages.current()),
                                pointsText(refs))));
            }
            series.add(obj(
                    "name",
                    labels.get(s),
                    "type",
                    "bar",
                    "stack",
                    "stances",
                    "itemStyle",
                    obj("color", STANCE_COLOURS.get(s)),
                    "data",
                    data));
        }
        List<Object> red = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            List<String> refs = counts.redLines().get(actor.code());
            red.add(item(
                    refs.size(),
                    exactly(filter, refs, catalog),
                    Messages.t("chart.stances.tip-red-lines", actor.name(), pointsText(refs))));
        }
        series.add(obj(
                "name",
                redLinesName,
                "type",
                "bar",
                "barGap",
                "15%",
                "itemStyle",
                obj("color", ChartPalette.RED_LINE),
                "data",
                red));

        Map<String, Object> option = base(title);
        option.put("legend", obj("bottom", 0, "textStyle", obj("color", ChartPalette.TEXT)));
        option.put("xAxis", obj("type", "category", "data", names, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put(
                "yAxis",
                obj(
                        "type",
                        "value",
                        "name",
                        Messages.t("common.points"),
                        "minInterval",
                        1,
                        "axisLabel",
                        obj("color", ChartPalette.TEXT),
                        "splitLine",
                        obj("lineStyle", obj("color", ChartPalette.GRID_LINE))));
        option.put("series", series);

        List<String> header = new ArrayList<>(List.of(Messages.t("chart.column.party")));
        header.addAll(labels);
        header.add(redLinesName);
        List<List<String>> rows = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            List<String> row = new ArrayList<>(List.of(actor.name()));
            STANCE_CATEGORIES.forEach(c -> row.add(String.valueOf(counts.count(actor.code(), c))));
            row.add(String.valueOf(counts.redLines().get(actor.code()).size()));
            rows.add(row);
        }
        ActorInfo most = matrix.actors().stream()
                .max(java.util.Comparator.comparingInt(a -> counts.count(a.code(), "opposes")))
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
        describe(option, title, summary);
        return new ChartModel(
                ChartKind.STANCES, title, summary, write(option), new ChartModel.Table(header, rows), null);
    }

    // ---- 2. Alignment ---------------------------------------------------------------------------------------

    /** Points where both parties have a position (verdict not unknown) and those of them where they agree. */
    public record Pair(ActorInfo a, ActorInfo b, List<String> agree, List<String> both) {

        /** Share of agreement in percent, or null when no point has positions of both. */
        public Integer percent() {
            return both.isEmpty() ? null : (int) Math.round(100.0 * agree.size() / both.size());
        }
    }

    public static List<Pair> alignmentPairs(Matrix matrix) {
        List<Pair> pairs = new ArrayList<>();
        for (ActorInfo a : matrix.actors()) {
            for (ActorInfo b : matrix.actors()) {
                if (a.equals(b)) {
                    continue;
                }
                List<String> agree = new ArrayList<>();
                List<String> both = new ArrayList<>();
                for (Matrix.Row row : matrix.rows()) {
                    Verdict v = Verdict.of(row.cell(a.code()), row.cell(b.code()));
                    if (v != Verdict.UNKNOWN) {
                        both.add(row.point().ref());
                        if (v == Verdict.AGREE) {
                            agree.add(row.point().ref());
                        }
                    }
                }
                pairs.add(new Pair(a, b, agree, both));
            }
        }
        return pairs;
    }

    public static ChartModel alignment(Matrix matrix, MatrixFilter filter, Catalog catalog) {
        String title = Messages.t("chart.alignment.title", matrix.plan().code());
        if (matrix.actors().size() < 2) {
            return ChartModel.empty(ChartKind.ALIGNMENT, title, Messages.t("chart.alignment.too-few"));
        }
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.ALIGNMENT, title, noPoints());
        }
        List<Pair> pairs = alignmentPairs(matrix);
        List<String> names = matrix.actors().stream().map(ActorInfo::name).toList();
        List<Object> data = new ArrayList<>();
        for (Pair p : pairs) {
            int x = matrix.actors().indexOf(p.a());
            int y = matrix.actors().indexOf(p.b());
            String tip = p.both().isEmpty()
                    ? Messages.t("chart.alignment.tip-none", p.a().name(), p.b().name())
                    : Messages.t(
                            "chart.alignment.tip",
                            p.a().name(),
                            p.b().name(),
                            p.agree().size(),
                            p.both().size(),
                            p.percent(),
                            pointsText(p.agree()));
            Map<String, Object> cell = obj(
                    "value", java.util.Arrays.asList(x, y, p.percent(), p.both().size()), "tip", tip);
            String link = exactly(filter, p.agree(), catalog);
            if (link != null) {
                cell.put("link", link);
            }
            data.add(cell);
        }
        Map<String, Object> option = base(title);
        option.put("xAxis", obj("type", "category", "data", names, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("yAxis", obj("type", "category", "data", names, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put(
                "visualMap",
                obj(
                        "min",
                        0,
                        "max",
                        100,
                        "calculable",
                        false,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        0,
                        "text",
                        List.of(Messages.t("chart.alignment.scale-high"), "0%"),
                        "textStyle",
                        obj("color", ChartPalette.TEXT),
                        "inRange",
                        obj("color", List.of(ChartPalette.OPPOSES, ChartPalette.CONDITIONAL, ChartPalette.SUPPORTS))));
        // The label is an ECharts template ({@[2]} is a value of the cell), read without placeholders.
        option.put(
                "series",
                List.of(obj(
                        "name",
                        Messages.t("chart.alignment.series"),
                        "type",
                        "heatmap",
                        "data",
                        data,
                        "label",
                        obj("show", true, "formatter", Messages.t("chart.alignment.label")))));

        List<List<String>> rows = pairs.stream()
                .map(p -> List.of(
                        p.a().name(),
                        p.b().name(),
                        String.valueOf(p.agree().size()),
                        String.valueOf(p.both().size()),
                        p.percent() == null ? "" : p.percent() + "%"))
                .toList();
        List<Pair> rated = pairs.stream().filter(p -> p.percent() != null).toList();
        String summary;
        if (rated.isEmpty()) {
            summary = Messages.t("chart.alignment.no-overlap");
        } else {
            Pair best = rated.stream()
                    .max(java.util.Comparator.comparingInt(Pair::percent))
                    .orElseThrow();
            Pair worst = rated.stream()
                    .min(java.util.Comparator.comparingInt(Pair::percent))
                    .orElseThrow();
            summary = Messages.t(
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
        describe(option, title, summary);
        return new ChartModel(
                ChartKind.ALIGNMENT,
                title,
                summary,
                write(option),
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

    // ---- 3. Pushback by topic -------------------------------------------------------------------------------

    public record TopicCell(
            TopicInfo topic, ActorInfo actor, int points, List<String> opposes, List<String> redLines) {}

    public static List<TopicCell> pushback(Matrix matrix, Catalog catalog) {
        List<TopicCell> cells = new ArrayList<>();
        for (TopicInfo topic : catalog.topics()) {
            List<Matrix.Row> rows = matrix.rows().stream()
                    .filter(r -> r.point().topicCode().equals(topic.code()))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            for (ActorInfo actor : matrix.actors()) {
                List<String> opposes = new ArrayList<>();
                List<String> red = new ArrayList<>();
                for (Matrix.Row row : rows) {
                    PositionInfo cell = row.cell(actor.code());
                    if (cell != null && cell.stance() == Stance.OPPOSES) {
                        opposes.add(row.point().ref());
                    }
                    if (cell != null && cell.redLine()) {
                        red.add(row.point().ref());
                    }
                }
                cells.add(new TopicCell(topic, actor, rows.size(), opposes, red));
            }
        }
        return cells;
    }

    public static ChartModel topics(Matrix matrix, MatrixFilter filter, Catalog catalog) {
        String title = Messages.t("chart.topics.title", matrix.plan().code());
        if (matrix.actors().isEmpty()) {
            return ChartModel.empty(ChartKind.TOPICS, title, Messages.t("chart.empty.no-parties"));
        }
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.TOPICS, title, noPoints());
        }
        List<TopicCell> cells = pushback(matrix, catalog);
        List<TopicInfo> topics = cells.stream().map(TopicCell::topic).distinct().toList();
        List<Object> data = new ArrayList<>();
        int max = 1;
        for (TopicCell c : cells) {
            max = Math.max(max, c.opposes().size());
            String tip = c.redLines().isEmpty()
                    ? Messages.t(
                            "chart.topics.tip",
                            c.actor().name(),
                            c.topic().name(),
                            c.opposes().size(),
                            c.points(),
                            pointsText(c.opposes()),
                            c.redLines().size())
                    : Messages.t(
                            "chart.topics.tip-red-lines",
                            c.actor().name(),
                            c.topic().name(),
                            c.opposes().size(),
                            c.points(),
                            pointsText(c.opposes()),
                            c.redLines().size(),
                            String.join(", ", c.redLines()));
            Map<String, Object> cell = obj(
                    "value",
                    List.of(
                            matrix.actors().indexOf(c.actor()),
                            topics.indexOf(c.topic()),
                            c.opposes().size(),
                            c.redLines().size()),
                    "tip",
                    tip);
            String link = exactly(filter, c.opposes(), catalog);
            if (link != null) {
                cell.put("link", link);
            }
            data.add(cell);
        }
        Map<String, Object> option = base(title);
        option.put("grid", obj("left", 160, "right", 24, "top", 48, "bottom", 72));
        option.put(
                "xAxis",
                obj(
                        "type",
                        "category",
                        "data",
                        matrix.actors().stream().map(ActorInfo::name).toList(),
                        "axisLabel",
                        obj("color", ChartPalette.TEXT)));
        option.put(
                "yAxis",
                obj(
                        "type",
                        "category",
                        "data",
                        topics.stream().map(TopicInfo::name).toList(),
                        "inverse",
                        true,
                        "axisLabel",
                        obj("color", ChartPalette.TEXT)));
        option.put(
                "visualMap",
                obj(
                        "min",
                        0,
                        "max",
                        max,
                        "dimension",
                        2,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        0,
                        "text",
                        List.of(Messages.t("chart.topics.scale-high"), Messages.t("chart.topics.scale-low")),
                        "textStyle",
                        obj("color", ChartPalette.TEXT),
                        "inRange",
                        obj("color", List.of(ChartPalette.LOW, ChartPalette.OPPOSES))));
        // The label is an ECharts template ({@[2]} is a value of the cell), read without placeholders.
        option.put(
                "series",
                List.of(obj(
                        "name",
                        Messages.t("chart.topics.series"),
                        "type",
                        "heatmap",
                        "data",
                        data,
                        "label",
                        obj("show", true, "formatter", Messages.t("chart.topics.label"), "color", ChartPalette.TEXT))));

        List<List<String>> rows = cells.stream()
                .map(c -> List.of(
                        c.topic().name(),
                        c.actor().name(),
                        String.valueOf(c.points()),
                        String.valueOf(c.opposes().size()),
                        String.valueOf(c.redLines().size())))
                .toList();
        TopicCell most = cells.stream()
                .max(java.util.Comparator.comparingInt(
                                (TopicCell c) -> c.opposes().size())
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
        describe(option, title, summary);
        return new ChartModel(
                ChartKind.TOPICS,
                title,
                summary,
                write(option),
                new ChartModel.Table(
                        List.of(
                                Messages.t("common.topic"),
                                Messages.t("chart.column.party"),
                                Messages.t("common.points"),
                                org.redlines.positions.Stance.OPPOSES.label(),
                                Messages.t("common.red-lines")),
                        rows),
                null);
    }

    // ---- 4. Convergence over time ---------------------------------------------------------------------------

    /** One date: how many of the filtered points every shown party accepts, and on how many two clash. */
    public record Week(LocalDate date, int points, List<String> accepted, List<String> clashing) {

        public int allAccept() {
            return accepted.size();
        }

        public int clashes() {
            return clashing.size();
        }

        public int percent() {
            return points == 0 ? 0 : (int) Math.round(100.0 * accepted.size() / points);
        }
    }

    /**
     * Weekly from the first dated position of the plan to the last (or to the filter's date, if earlier), over
     * one fixed set of points: those the filter keeps on its own date.
     */
    public static List<Week> convergenceWeeks(PlanData data, Catalog catalog, MatrixFilter filter) {
        List<Week> weeks = new ArrayList<>();
        java.util.Set<String> refs = new java.util.LinkedHashSet<>();
        MatrixEngine.compute(data, catalog, filter.withPoint(null))
                .rows()
                .forEach(r -> refs.add(r.point().ref()));
        List<LocalDate> dates = data.positions().stream()
                .map(PositionInfo::asOf)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        if (dates.isEmpty() || refs.isEmpty()) {
            return weeks;
        }
        LocalDate last =
                filter.asOf() != null && filter.asOf().isBefore(dates.getLast()) ? filter.asOf() : dates.getLast();
        if (last.isBefore(dates.getFirst())) {
            return weeks;
        }
        MatrixFilter cellsOnly = MatrixFilter.NONE
                .withPlan(filter.plan())
                .withActors(filter.actors())
                .withRefs(refs);
        for (LocalDate d = dates.getFirst(); ; d = d.plusWeeks(1)) {
            LocalDate day = d.isAfter(last) ? last : d;
            Matrix m = MatrixEngine.compute(data, catalog, cellsOnly.withAsOf(day));
            List<String> accepted = new ArrayList<>();
            List<String> clashing = new ArrayList<>();
            for (Matrix.Row row : m.rows()) {
                if (m.actors().stream()
                        .allMatch(a -> row.cell(a.code()) != null
                                && row.cell(a.code()).stance().accepts())) {
                    accepted.add(row.point().ref());
                }
                if (hasClash(m, row)) {
                    clashing.add(row.point().ref());
                }
            }
            weeks.add(new Week(day, m.rows().size(), accepted, clashing));
            if (!day.isBefore(last)) {
                break;
            }
        }
        return weeks;
    }

    private static boolean hasClash(Matrix m, Matrix.Row row) {
        for (int i = 0; i < m.actors().size(); i++) {
            for (int j = i + 1; j < m.actors().size(); j++) {
                if (Verdict.of(
                                row.cell(m.actors().get(i).code()),
                                row.cell(m.actors().get(j).code()))
                        == Verdict.RED_LINE_CLASH) {
                    return true;
                }
            }
        }
        return false;
    }

    public static ChartModel convergence(PlanData data, Catalog catalog, MatrixFilter filter) {
        String title = Messages.t("chart.convergence.title", data.plan().code());
        List<Week> weeks = convergenceWeeks(data, catalog, filter);
        if (weeks.isEmpty()) {
            boolean noPoints = MatrixEngine.compute(data, catalog, filter.withPoint(null))
                    .rows()
                    .isEmpty();
            return ChartModel.empty(
                    ChartKind.CONVERGENCE,
                    title,
                    noPoints
                            ? noPoints()
                            : filter.asOf() == null
                                    ? Messages.t("chart.convergence.no-dates")
                                    : Messages.t("chart.convergence.no-dates-by", filter.asOf()));
        }
        List<Object> share = new ArrayList<>();
        List<Object> clashes = new ArrayList<>();
        for (Week w : weeks) {
            MatrixFilter then = MatrixFilter.NONE
                    .withPlan(filter.plan())
                    .withActors(filter.actors())
                    .withAsOf(w.date());
            share.add(item(
                    w.percent(),
                    exactly(then, w.accepted(), catalog),
                    Messages.t(
                            "chart.convergence.tip-share",
                            w.date(),
                            w.allAccept(),
                            w.points(),
                            w.percent(),
                            pointsText(w.accepted()))));
            clashes.add(item(
                    w.clashes(),
                    exactly(then, w.clashing(), catalog),
                    Messages.t("chart.convergence.tip-clashes", w.date(), w.clashes(), pointsText(w.clashing()))));
        }
        Map<String, Object> option = base(title);
        option.put("legend", obj("bottom", 0, "textStyle", obj("color", ChartPalette.TEXT)));
        option.put(
                "xAxis",
                obj(
                        "type",
                        "category",
                        "data",
                        weeks.stream().map(w -> Messages.date(w.date())).toList(),
                        "axisLabel",
                        obj("color", ChartPalette.TEXT)));
        option.put(
                "yAxis",
                List.of(
                        obj(
                                "type",
                                "value",
                                "name",
                                Messages.t("chart.convergence.axis-share"),
                                "min",
                                0,
                                "max",
                                100,
                                "axisLabel",
                                obj("color", ChartPalette.TEXT),
                                "splitLine",
                                obj("lineStyle", obj("color", ChartPalette.GRID_LINE))),
                        obj(
                                "type",
                                "value",
                                "name",
                                Messages.t("common.red-line-clashes"),
                                "minInterval",
                                1,
                                "axisLabel",
                                obj("color", ChartPalette.TEXT),
                                "splitLine",
                                obj("show", false))));
        option.put(
                "series",
                List.of(
                        obj(
                                "name",
                                Messages.t("chart.convergence.series-share"),
                                "type",
                                "line",
                                "data",
                                share,
                                "symbolSize",
                                8,
                                "itemStyle",
                                obj("color", ChartPalette.SUPPORTS)),
                        obj(
                                "name",
                                Messages.t("chart.convergence.series-clashes"),
                                "type",
                                "bar",
                                "yAxisIndex",
                                1,
                                "data",
                                clashes,
                                "itemStyle",
                                obj("color", ChartPalette.RED_LINE))));
        List<List<String>> rows = weeks.stream()
                .map(w -> List.of(
                        Messages.date(w.date()),
                        String.valueOf(w.points()),
                        String.valueOf(w.allAccept()),
                        w.percent() + "%",
                        String.valueOf(w.clashes())))
                .toList();
        Week first = weeks.getFirst();
        Week lastWeek = weeks.getLast();
        String summary = Messages.t(
                "chart.convergence.summary",
                first.date(),
                lastWeek.date(),
                first.percent(),
                lastWeek.percent(),
                first.clashes(),
                lastWeek.clashes());
        describe(option, title, summary);
        return new ChartModel(
                ChartKind.CONVERGENCE,
                title,
                summary,
                write(option),
                new ChartModel.Table(
                        List.of(
                                Messages.t("common.date"),
                                Messages.t("common.points"),
                                Messages.t("chart.column.all-accept"),
                                Messages.t("chart.column.share"),
                                Messages.t("common.red-line-clashes")),
                        rows),
                null);
    }

    // ---- 5. One point over time -----------------------------------------------------------------------------

    /** The stances on the timeline's axis, from the bottom up, in the current language. */
    static List<String> levels() {
        return List.of(
                Stance.UNCLEAR.label(), Stance.OPPOSES.label(), Stance.CONDITIONAL.label(), Stance.SUPPORTS.label());
    }

    static int level(Stance stance) {
        return switch (stance) {
            case UNCLEAR -> 0;
            case OPPOSES -> 1;
            case CONDITIONAL -> 2;
            case SUPPORTS -> 3;
        };
    }

    public static ChartModel timeline(PointPage page, MatrixFilter filter, Catalog catalog) {
        List<String> shownActors = filter.actors();
        String title = Messages.t(
                "chart.timeline.title", page.point().ref(), page.point().title());
        List<PointPage.ActorHistory> actors = page.actors().stream()
                .filter(a ->
                        shownActors.isEmpty() || shownActors.contains(a.actor().code()))
                .filter(a -> a.entries().stream()
                        .anyMatch(e -> filter.asOf() == null
                                || e.position().asOf() == null
                                || !e.position().asOf().isAfter(filter.asOf())))
                .toList();
        if (actors.isEmpty()) {
            return ChartModel.empty(ChartKind.TIMELINE, title, Messages.t("chart.timeline.no-positions"));
        }
        LocalDate start = page.plan().date();
        List<Object> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int entries = 0;
        for (PointPage.ActorHistory a : actors) {
            List<Object> data = new ArrayList<>();
            for (PointPage.HistoryEntry e : a.entries().reversed()) {
                PositionInfo p = e.position();
                if (filter.asOf() != null && p.asOf() != null && p.asOf().isAfter(filter.asOf())) {
                    continue;
                }
                LocalDate date = p.asOf() == null ? start : p.asOf();
                Map<String, Object> item = obj(
                        "value",
                        List.of(date.toString(), level(p.stance())),
                        "link",
                        Links.point(page.plan().code(), page.point().ref(), filter, catalog),
                        "tip",
                        Messages.t(
                                p.redLine() ? "chart.timeline.tip-red-line" : "chart.timeline.tip",
                                a.actor().name(),
                                date,
                                p.stance().label(),
                                p.summary()));
                if (p.redLine()) {
                    item.put("symbol", "diamond");
                    item.put("symbolSize", 16);
                    item.put("itemStyle", obj("color", ChartPalette.RED_LINE));
                }
                data.add(item);
                rows.add(List.of(
                        a.actor().name(),
                        Messages.date(date),
                        p.stance().label(),
                        Messages.t(p.redLine() ? "common.yes" : "common.no"),
                        p.summary()));
                entries++;
            }
            series.add(obj("name", a.actor().name(), "type", "line", "step", "end", "symbolSize", 9, "data", data));
        }
        Map<String, Object> option = base(title);
        option.put("legend", obj("bottom", 0, "textStyle", obj("color", ChartPalette.TEXT)));
        option.put("xAxis", obj("type", "time", "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("yAxis", obj("type", "category", "data", levels(), "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("series", series);
        String summary = Messages.t("chart.timeline.summary", entries, actors.size());
        describe(option, title, summary);
        return new ChartModel(
                ChartKind.TIMELINE,
                title,
                summary,
                write(option),
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

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A data item: its value, the plain-text tooltip, and the link to exactly its points (none when empty). */
    private static Map<String, Object> item(Object value, String link, String tip) {
        Map<String, Object> out = obj("value", value, "tip", tip);
        if (link != null) {
            out.put("link", link);
        }
        return out;
    }

    /** The matrix with the user's filter, narrowed to exactly these points; null when there are none. */
    private static String exactly(MatrixFilter filter, List<String> refs, Catalog catalog) {
        if (refs.isEmpty()) {
            return null;
        }
        return Links.matrix(filter.withRefs(java.util.Set.copyOf(refs)).withPoint(null), catalog);
    }

    /** The accessible name ECharts writes on the chart: its title and summary sentence. */
    private static void describe(Map<String, Object> option, String title, String summary) {
        option.put("aria", obj("enabled", true, "label", obj("description", title + ". " + summary)));
    }

    private static Map<String, Object> base(String title) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", obj("trigger", "item", "confine", true));
        option.put("grid", obj("left", 56, "right", 56, "top", 48, "bottom", 72, "containLabel", true));
        option.put(
                "title",
                obj("text", title, "left", "center", "textStyle", obj("color", ChartPalette.TEXT, "fontSize", 14)));
        return option;
    }

    static String pointsText(List<String> refs) {
        if (refs.isEmpty()) {
            return Messages.t("chart.points.none");
        }
        return Messages.t(refs.size() == 1 ? "chart.points.one" : "chart.points.many", String.join(", ", refs));
    }

    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static String write(Map<String, Object> option) {
        return JSON.writeValueAsString(option);
    }
}
