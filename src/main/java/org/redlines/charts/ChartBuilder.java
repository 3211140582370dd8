package org.redlines.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.redlines.positions.ActorCompareFilter;
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
    private static final String NO_POINTS = "No points match the filters.";

    /** Bar segments of the stances chart, in stack order; "none" is an empty cell. */
    static final List<String> STANCE_CATEGORIES = List.of("supports", "conditional", "opposes", "unclear", "none");
    private static final List<String> STANCE_LABELS = List.of("Supports", "Conditional", "Opposes", "Unclear",
            "No position");
    private static final List<String> STANCE_COLOURS = List.of(ChartPalette.SUPPORTS, ChartPalette.CONDITIONAL,
            ChartPalette.OPPOSES, ChartPalette.UNCLEAR, ChartPalette.NONE);

    private ChartBuilder() {
    }

    // ---- 1. Stances per party -------------------------------------------------------------------------------

    /** For each shown party and stance category, the refs of the points in it; plus each party's red lines. */
    public record StanceCounts(List<ActorInfo> actors, Map<String, Map<String, List<String>>> refs,
            Map<String, List<String>> redLines) {

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
                byCategory.get(cell == null ? "none" : cell.stance().code()).add(row.point().ref());
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
        String title = "Stances by party: " + matrix.plan().code();
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.STANCES, title, NO_POINTS);
        }
        StanceCounts counts = stanceCounts(matrix);
        List<String> names = matrix.actors().stream().map(ActorInfo::name).toList();
        List<Object> series = new ArrayList<>();
        for (int s = 0; s < STANCE_CATEGORIES.size(); s++) {
            String category = STANCE_CATEGORIES.get(s);
            List<Object> data = new ArrayList<>();
            for (ActorInfo actor : matrix.actors()) {
                List<String> refs = counts.refs().get(actor.code()).get(category);
                MatrixFilter target = filter.withActors(List.of(actor.code())).withPoint(null);
                if (!category.equals("none")) {
                    target = target.withStances(java.util.Set.of(Stance.fromCode(category).orElseThrow()));
                }
                data.add(obj("value", refs.size(), "link", Links.matrix(target, catalog),
                        "tip", actor.name() + ", " + STANCE_LABELS.get(s).toLowerCase() + ": " + pointsText(refs)));
            }
            series.add(obj("name", STANCE_LABELS.get(s), "type", "bar", "stack", "stances",
                    "itemStyle", obj("color", STANCE_COLOURS.get(s)), "data", data));
        }
        List<Object> red = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            List<String> refs = counts.redLines().get(actor.code());
            red.add(obj("value", refs.size(), "link", Links.matrix(filter.withActors(List.of(actor.code()))
                    .withRedLineOnly(true).withPoint(null), catalog),
                    "tip", actor.name() + ", red lines: " + pointsText(refs)));
        }
        series.add(obj("name", "Red lines", "type", "bar", "barGap", "15%",
                "itemStyle", obj("color", ChartPalette.RED_LINE), "data", red));

        Map<String, Object> option = base(title);
        option.put("legend", obj("bottom", 0, "textStyle", obj("color", ChartPalette.TEXT)));
        option.put("xAxis", obj("type", "category", "data", names, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("yAxis", obj("type", "value", "name", "Points", "minInterval", 1,
                "axisLabel", obj("color", ChartPalette.TEXT), "splitLine", obj("lineStyle",
                        obj("color", ChartPalette.GRID_LINE))));
        option.put("series", series);

        List<String> header = new ArrayList<>(List.of("Party"));
        header.addAll(STANCE_LABELS);
        header.add("Red lines");
        List<List<String>> rows = new ArrayList<>();
        for (ActorInfo actor : matrix.actors()) {
            List<String> row = new ArrayList<>(List.of(actor.name()));
            STANCE_CATEGORIES.forEach(c -> row.add(String.valueOf(counts.count(actor.code(), c))));
            row.add(String.valueOf(counts.redLines().get(actor.code()).size()));
            rows.add(row);
        }
        ActorInfo most = matrix.actors().stream()
                .max(java.util.Comparator.comparingInt(a -> counts.count(a.code(), "opposes"))).orElseThrow();
        String summary = "Across " + matrix.rows().size() + " points, " + most.name() + " opposes the most ("
                + counts.count(most.code(), "opposes") + "); red lines: " + matrix.actors().stream()
                .map(a -> a.name() + " " + counts.redLines().get(a.code()).size()).collect(Collectors.joining(", "))
                + ".";
        return new ChartModel(ChartKind.STANCES, title, summary, write(option), new ChartModel.Table(header, rows),
                null);
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
        String title = "Who agrees with whom: " + matrix.plan().code();
        if (matrix.actors().size() < 2) {
            return ChartModel.empty(ChartKind.ALIGNMENT, title, "Choose at least two parties to compare.");
        }
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.ALIGNMENT, title, NO_POINTS);
        }
        List<Pair> pairs = alignmentPairs(matrix);
        List<String> names = matrix.actors().stream().map(ActorInfo::name).toList();
        List<Object> data = new ArrayList<>();
        for (Pair p : pairs) {
            int x = matrix.actors().indexOf(p.a());
            int y = matrix.actors().indexOf(p.b());
            ActorCompareFilter target = new ActorCompareFilter(filter.withActors(List.of()).withPoint(null)
                    .withStances(java.util.Set.of()).withRedLineOnly(false).withContestedOnly(false),
                    p.a().code(), p.b().code(), Verdict.AGREE);
            String tip = p.both().isEmpty() ? p.a().name() + " and " + p.b().name()
                    + ": no point with positions of both"
                    : p.a().name() + " and " + p.b().name() + " agree on " + p.agree().size() + " of "
                            + p.both().size() + " points with positions of both (" + p.percent() + "%): "
                            + pointsText(p.agree());
            data.add(obj("value", java.util.Arrays.asList(x, y, p.percent()), "link",
                    Links.withQuery(Links.COMPARE_ACTORS, target.toParameters(catalog)), "tip", tip));
        }
        Map<String, Object> option = base(title);
        option.put("xAxis", obj("type", "category", "data", names, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("yAxis", obj("type", "category", "data", names, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("visualMap", obj("min", 0, "max", 100, "calculable", false, "orient", "horizontal",
                "left", "center", "bottom", 0, "text", List.of("100% agree", "0%"),
                "textStyle", obj("color", ChartPalette.TEXT),
                "inRange", obj("color", List.of(ChartPalette.OPPOSES, ChartPalette.CONDITIONAL,
                        ChartPalette.SUPPORTS))));
        option.put("series", List.of(obj("name", "Agreement", "type", "heatmap", "data", data,
                "label", obj("show", true, "formatter", "{@[2]}%"))));

        List<List<String>> rows = pairs.stream().map(p -> List.of(p.a().name(), p.b().name(),
                String.valueOf(p.agree().size()), String.valueOf(p.both().size()),
                p.percent() == null ? "" : p.percent() + "%")).toList();
        List<Pair> rated = pairs.stream().filter(p -> p.percent() != null).toList();
        String summary;
        if (rated.isEmpty()) {
            summary = "No two shown parties both have positions on the same point.";
        } else {
            Pair best = rated.stream().max(java.util.Comparator.comparingInt(Pair::percent)).orElseThrow();
            Pair worst = rated.stream().min(java.util.Comparator.comparingInt(Pair::percent)).orElseThrow();
            summary = "Closest: " + best.a().name() + " and " + best.b().name() + " agree on " + best.percent()
                    + "% of " + best.both().size() + " points; furthest apart: " + worst.a().name() + " and "
                    + worst.b().name() + " at " + worst.percent() + "% of " + worst.both().size() + ".";
        }
        return new ChartModel(ChartKind.ALIGNMENT, title, summary, write(option), new ChartModel.Table(
                List.of("Party", "With", "Agree", "Points with both positions", "Share"), rows), null);
    }

    // ---- 3. Pushback by topic -------------------------------------------------------------------------------

    public record TopicCell(TopicInfo topic, ActorInfo actor, int points, List<String> opposes,
            List<String> redLines) {
    }

    public static List<TopicCell> pushback(Matrix matrix, Catalog catalog) {
        List<TopicCell> cells = new ArrayList<>();
        for (TopicInfo topic : catalog.topics()) {
            List<Matrix.Row> rows = matrix.rows().stream().filter(r -> r.point().topicCode().equals(topic.code()))
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
        String title = "Where each party pushes back: " + matrix.plan().code();
        if (matrix.rows().isEmpty()) {
            return ChartModel.empty(ChartKind.TOPICS, title, NO_POINTS);
        }
        List<TopicCell> cells = pushback(matrix, catalog);
        List<TopicInfo> topics = cells.stream().map(TopicCell::topic).distinct().toList();
        List<Object> data = new ArrayList<>();
        int max = 1;
        for (TopicCell c : cells) {
            max = Math.max(max, c.opposes().size());
            MatrixFilter target = filter.withTopics(java.util.Set.of(c.topic().code()))
                    .withActors(List.of(c.actor().code())).withStances(java.util.Set.of(Stance.OPPOSES))
                    .withPoint(null);
            String tip = c.actor().name() + " on " + c.topic().name() + ": opposes " + c.opposes().size() + " of "
                    + c.points() + " points (" + pointsText(c.opposes()) + "); red lines: " + c.redLines().size()
                    + (c.redLines().isEmpty() ? "" : " (" + String.join(", ", c.redLines()) + ")");
            data.add(obj("value", List.of(matrix.actors().indexOf(c.actor()), topics.indexOf(c.topic()),
                    c.opposes().size(), c.redLines().size()), "link", Links.matrix(target, catalog), "tip", tip));
        }
        Map<String, Object> option = base(title);
        option.put("grid", obj("left", 160, "right", 24, "top", 48, "bottom", 72));
        option.put("xAxis", obj("type", "category", "data", matrix.actors().stream().map(ActorInfo::name).toList(),
                "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("yAxis", obj("type", "category", "data", topics.stream().map(TopicInfo::name).toList(),
                "inverse", true, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("visualMap", obj("min", 0, "max", max, "dimension", 2, "orient", "horizontal", "left", "center",
                "bottom", 0, "text", List.of("more opposition", "none"), "textStyle", obj("color", ChartPalette.TEXT),
                "inRange", obj("color", List.of(ChartPalette.LOW, ChartPalette.OPPOSES))));
        option.put("series", List.of(obj("name", "Opposition", "type", "heatmap", "data", data,
                "label", obj("show", true, "formatter", "{@[2]} · RL {@[3]}", "color", ChartPalette.TEXT))));

        List<List<String>> rows = cells.stream().map(c -> List.of(c.topic().name(), c.actor().name(),
                String.valueOf(c.points()), String.valueOf(c.opposes().size()), String.valueOf(c.redLines().size())))
                .toList();
        TopicCell most = cells.stream().max(java.util.Comparator.comparingInt((TopicCell c) -> c.opposes().size())
                .thenComparingInt(c -> c.redLines().size())).orElseThrow();
        String summary = most.opposes().isEmpty() ? "No shown party opposes any of the " + matrix.rows().size()
                + " points."
                : "Most pushback: " + most.actor().name() + " on " + most.topic().name() + ", opposing "
                        + most.opposes().size() + " of " + most.points() + " points.";
        return new ChartModel(ChartKind.TOPICS, title, summary, write(option), new ChartModel.Table(
                List.of("Topic", "Party", "Points", "Opposes", "Red lines"), rows), null);
    }

    // ---- 4. Convergence over time ---------------------------------------------------------------------------

    public record Week(LocalDate date, int points, int allAccept, int clashes) {

        public int percent() {
            return points == 0 ? 0 : (int) Math.round(100.0 * allAccept / points);
        }
    }

    /** Weekly from the first to the last dated position of the plan, ending on the last date. */
    public static List<Week> convergenceWeeks(PlanData data, Catalog catalog, MatrixFilter filter) {
        List<LocalDate> dates = data.positions().stream().map(PositionInfo::asOf).filter(Objects::nonNull).sorted()
                .toList();
        List<Week> weeks = new ArrayList<>();
        if (dates.isEmpty()) {
            return weeks;
        }
        LocalDate last = dates.getLast();
        for (LocalDate d = dates.getFirst(); ; d = d.plusWeeks(1)) {
            LocalDate day = d.isAfter(last) ? last : d;
            Matrix m = MatrixEngine.compute(data, catalog, filter.withAsOf(day).withPoint(null));
            int accept = 0;
            int clashes = 0;
            for (Matrix.Row row : m.rows()) {
                if (m.actors().stream().allMatch(a -> row.cell(a.code()) != null
                        && row.cell(a.code()).stance().accepts())) {
                    accept++;
                }
                if (hasClash(m, row)) {
                    clashes++;
                }
            }
            weeks.add(new Week(day, m.rows().size(), accept, clashes));
            if (!day.isBefore(last)) {
                break;
            }
        }
        return weeks;
    }

    private static boolean hasClash(Matrix m, Matrix.Row row) {
        for (int i = 0; i < m.actors().size(); i++) {
            for (int j = i + 1; j < m.actors().size(); j++) {
                if (Verdict.of(row.cell(m.actors().get(i).code()), row.cell(m.actors().get(j).code()))
                        == Verdict.RED_LINE_CLASH) {
                    return true;
                }
            }
        }
        return false;
    }

    public static ChartModel convergence(PlanData data, Catalog catalog, MatrixFilter filter) {
        String title = "Are the sides getting closer? " + data.plan().code();
        List<Week> weeks = convergenceWeeks(data, catalog, filter);
        if (weeks.isEmpty()) {
            return ChartModel.empty(ChartKind.CONVERGENCE, title, "No dated positions on this plan's points.");
        }
        List<Object> share = new ArrayList<>();
        List<Object> clashes = new ArrayList<>();
        for (Week w : weeks) {
            String link = Links.matrix(filter.withAsOf(w.date()).withPoint(null), catalog);
            share.add(obj("value", w.percent(), "link", link, "tip", w.date() + ": every shown party accepts "
                    + w.allAccept() + " of " + w.points() + " points (" + w.percent() + "%)"));
            clashes.add(obj("value", w.clashes(), "link", Links.matrix(filter.withAsOf(w.date()).withPoint(null)
                    .withContestedOnly(true).withRedLineOnly(true), catalog), "tip", w.date() + ": "
                    + w.clashes() + " points with a red-line clash"));
        }
        Map<String, Object> option = base(title);
        option.put("legend", obj("bottom", 0, "textStyle", obj("color", ChartPalette.TEXT)));
        option.put("xAxis", obj("type", "category", "data", weeks.stream().map(w -> w.date().toString()).toList(),
                "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("yAxis", List.of(
                obj("type", "value", "name", "All accept (%)", "min", 0, "max", 100,
                        "axisLabel", obj("color", ChartPalette.TEXT),
                        "splitLine", obj("lineStyle", obj("color", ChartPalette.GRID_LINE))),
                obj("type", "value", "name", "Red-line clashes", "minInterval", 1,
                        "axisLabel", obj("color", ChartPalette.TEXT), "splitLine", obj("show", false))));
        option.put("series", List.of(
                obj("name", "Points every shown party accepts (%)", "type", "line", "data", share, "symbolSize", 8,
                        "itemStyle", obj("color", ChartPalette.SUPPORTS)),
                obj("name", "Points with a red-line clash", "type", "bar", "yAxisIndex", 1, "data", clashes,
                        "itemStyle", obj("color", ChartPalette.RED_LINE))));
        List<List<String>> rows = weeks.stream().map(w -> List.of(w.date().toString(), String.valueOf(w.points()),
                String.valueOf(w.allAccept()), w.percent() + "%", String.valueOf(w.clashes()))).toList();
        Week first = weeks.getFirst();
        Week lastWeek = weeks.getLast();
        String summary = "From " + first.date() + " to " + lastWeek.date() + ", the share of points every shown party "
                + "accepts went from " + first.percent() + "% to " + lastWeek.percent() + "%, and points with a "
                + "red-line clash from " + first.clashes() + " to " + lastWeek.clashes() + ".";
        return new ChartModel(ChartKind.CONVERGENCE, title, summary, write(option), new ChartModel.Table(
                List.of("Date", "Points", "All accept", "Share", "Red-line clashes"), rows), null);
    }

    // ---- 5. One point over time -----------------------------------------------------------------------------

    static final List<String> LEVELS = List.of("Unclear", "Opposes", "Conditional", "Supports");

    static int level(Stance stance) {
        return switch (stance) {
            case UNCLEAR -> 0;
            case OPPOSES -> 1;
            case CONDITIONAL -> 2;
            case SUPPORTS -> 3;
        };
    }

    public static ChartModel timeline(PointPage page, List<String> shownActors) {
        String title = "Point " + page.point().ref() + " over time: " + page.point().title();
        List<PointPage.ActorHistory> actors = page.actors().stream()
                .filter(a -> shownActors.isEmpty() || shownActors.contains(a.actor().code()))
                .filter(a -> !a.entries().isEmpty()).toList();
        if (actors.isEmpty()) {
            return ChartModel.empty(ChartKind.TIMELINE, title, "No shown party has a position on this point.");
        }
        LocalDate start = page.plan().date();
        List<Object> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int entries = 0;
        for (PointPage.ActorHistory a : actors) {
            List<Object> data = new ArrayList<>();
            for (PointPage.HistoryEntry e : a.entries().reversed()) {
                PositionInfo p = e.position();
                LocalDate date = p.asOf() == null ? start : p.asOf();
                Map<String, Object> item = obj("value", List.of(date.toString(), level(p.stance())),
                        "link", Links.point(page.plan().code(), page.point().ref()),
                        "tip", a.actor().name() + ", " + date + ": " + p.stance().label()
                                + (p.redLine() ? " (RED LINE)" : "") + ". " + p.summary());
                if (p.redLine()) {
                    item.put("symbol", "diamond");
                    item.put("symbolSize", 16);
                    item.put("itemStyle", obj("color", ChartPalette.RED_LINE));
                }
                data.add(item);
                rows.add(List.of(a.actor().name(), date.toString(), p.stance().label(), p.redLine() ? "yes" : "no",
                        p.summary()));
                entries++;
            }
            series.add(obj("name", a.actor().name(), "type", "line", "step", "end", "symbolSize", 9, "data", data));
        }
        Map<String, Object> option = base(title);
        option.put("legend", obj("bottom", 0, "textStyle", obj("color", ChartPalette.TEXT)));
        option.put("xAxis", obj("type", "time", "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("yAxis", obj("type", "category", "data", LEVELS, "axisLabel", obj("color", ChartPalette.TEXT)));
        option.put("series", series);
        String summary = entries + " dated entries by " + actors.size() + " parties; red lines are drawn as "
                + "diamonds. Latest: " + actors.stream().map(a -> a.actor().name() + " "
                + a.current().position().stance().label().toLowerCase()).collect(Collectors.joining(", ")) + ".";
        return new ChartModel(ChartKind.TIMELINE, title, summary, write(option), new ChartModel.Table(
                List.of("Party", "Date", "Stance", "Red line", "Summary"), rows), null);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Map<String, Object> base(String title) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", obj("enabled", true));
        option.put("animation", false);
        option.put("tooltip", obj("trigger", "item", "confine", true));
        option.put("grid", obj("left", 56, "right", 56, "top", 48, "bottom", 72, "containLabel", true));
        option.put("title", obj("text", title, "left", "center", "textStyle", obj("color", ChartPalette.TEXT,
                "fontSize", 14)));
        return option;
    }

    static String pointsText(List<String> refs) {
        if (refs.isEmpty()) {
            return "no points";
        }
        return (refs.size() == 1 ? "point " : "points ") + String.join(", ", refs);
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
