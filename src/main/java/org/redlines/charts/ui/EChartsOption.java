package org.redlines.charts.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of Apache ECharts' option document that our charts use, as records: {@link #json()} writes what the
 * chart element reads. Null fields are left out, so each chart sets only what it needs. Colours are CSS variables
 * ({@link ChartPalette}) that the element resolves against the page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EChartsOption(
        boolean animation,
        Tooltip tooltip,
        Grid grid,
        Title title,
        Legend legend,
        List<Axis> xAxis,
        List<Axis> yAxis,
        VisualMap visualMap,
        List<Series> series,
        Aria aria) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String json() {
        return JSON.writeValueAsString(this);
    }

    public record Tooltip(String trigger, boolean confine) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grid(Integer left, Integer right, Integer top, Integer bottom, Boolean containLabel) {}

    public record Title(String text, String left, TextStyle textStyle) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TextStyle(String color, Integer fontSize) {
        static TextStyle of(String color) {
            return new TextStyle(color, null);
        }
    }

    public record Legend(int bottom, TextStyle textStyle) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(
            String type,
            String name,
            List<String> data,
            Boolean inverse,
            Integer min,
            Integer max,
            Integer minInterval,
            TextStyle axisLabel,
            SplitLine splitLine) {

        static Axis category(List<String> data) {
            return new Axis("category", null, data, null, null, null, null, TextStyle.of(ChartPalette.TEXT), null);
        }

        static Axis values(String name) {
            return new Axis(
                    "value",
                    name,
                    null,
                    null,
                    null,
                    null,
                    null,
                    TextStyle.of(ChartPalette.TEXT),
                    new SplitLine(null, new LineStyle(ChartPalette.GRID_LINE)));
        }

        static Axis time() {
            return new Axis("time", null, null, null, null, null, null, TextStyle.of(ChartPalette.TEXT), null);
        }

        Axis inverted() {
            return new Axis(type, name, data, true, min, max, minInterval, axisLabel, splitLine);
        }

        Axis range(int from, int to) {
            return new Axis(type, name, data, inverse, from, to, minInterval, axisLabel, splitLine);
        }

        Axis wholeNumbers() {
            return new Axis(type, name, data, inverse, min, max, 1, axisLabel, splitLine);
        }

        Axis noSplitLines() {
            return new Axis(type, name, data, inverse, min, max, minInterval, axisLabel, new SplitLine(false, null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SplitLine(Boolean show, LineStyle lineStyle) {}

    public record LineStyle(String color) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisualMap(
            int min,
            int max,
            Integer dimension,
            Boolean calculable,
            String orient,
            String left,
            int bottom,
            List<String> text,
            TextStyle textStyle,
            InRange inRange) {}

    public record InRange(List<String> color) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(
            String name,
            String type,
            String stack,
            String barGap,
            Integer yAxisIndex,
            String step,
            Integer symbolSize,
            ItemStyle itemStyle,
            Label label,
            List<Item> data,
            MarkLine markLine) {

        static Series of(String name, String type, List<Item> data) {
            return new Series(name, type, null, null, null, null, null, null, null, data, null);
        }

        /** Vertical lines across the chart at these points of the x axis: the negotiation's events. */
        Series marked(MarkLine lines) {
            return new Series(name, type, stack, barGap, yAxisIndex, step, symbolSize, itemStyle, label, data, lines);
        }

        Series stack(String group) {
            return new Series(
                    name, type, group, barGap, yAxisIndex, step, symbolSize, itemStyle, label, data, markLine);
        }

        Series gap(String gap) {
            return new Series(name, type, stack, gap, yAxisIndex, step, symbolSize, itemStyle, label, data, markLine);
        }

        Series onAxis(int index) {
            return new Series(name, type, stack, barGap, index, step, symbolSize, itemStyle, label, data, markLine);
        }

        Series symbols(int size) {
            return new Series(name, type, stack, barGap, yAxisIndex, step, size, itemStyle, label, data, markLine);
        }

        /** A line that steps at each point, as a stance holds until the next entry. */
        Series steps() {
            return new Series(
                    name, type, stack, barGap, yAxisIndex, "end", symbolSize, itemStyle, label, data, markLine);
        }

        Series colour(String colour) {
            return new Series(
                    name,
                    type,
                    stack,
                    barGap,
                    yAxisIndex,
                    step,
                    symbolSize,
                    new ItemStyle(colour),
                    label,
                    data,
                    markLine);
        }

        Series labelled(Label newLabel) {
            return new Series(
                    name, type, stack, barGap, yAxisIndex, step, symbolSize, itemStyle, newLabel, data, markLine);
        }
    }

    public record ItemStyle(String color) {}

    /**
     * Lines that mark points of an axis; the symbols at their ends are left out. Their names are drawn only while
     * the pointer is on a line: a negotiation has weeks with several events, whose names would overlap.
     */
    public record MarkLine(
            List<String> symbol,
            boolean silent,
            LineStyleDashed lineStyle,
            Label label,
            MarkEmphasis emphasis,
            List<Mark> data) {

        static MarkLine of(List<Mark> marks) {
            return new MarkLine(
                    List.of("none", "none"),
                    false,
                    new LineStyleDashed(ChartPalette.EVENT, "dashed", 1),
                    new Label(false, "{b}", ChartPalette.TEXT),
                    new MarkEmphasis(new Label(true, "{b}", ChartPalette.TEXT)),
                    marks);
        }
    }

    public record MarkEmphasis(Label label) {}

    public record LineStyleDashed(String color, String type, int width) {}

    /** One mark: where on the x axis, its short name (drawn), and its plain-text tooltip. */
    public record Mark(String xAxis, String name, String tip) {}

    /** A label drawn on each element; {@code formatter} is an ECharts template such as {@code {@[2]}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Label(boolean show, String formatter, String color) {}

    /**
     * One data element: its value (a number, or a list for heatmaps and time axes), the plain-text tooltip that the
     * element shows, and the link a click opens (none when the element stands for no point).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(Object value, String tip, String link, String symbol, Integer symbolSize, ItemStyle itemStyle) {

        static Item of(Object value, String tip, String link) {
            return new Item(value, tip, link, null, null, null);
        }

        Item marked(String colour) {
            return new Item(value, tip, link, "diamond", 16, new ItemStyle(colour));
        }
    }

    /** The accessible description ECharts writes on the chart. */
    public record Aria(boolean enabled, AriaLabel label) {}

    public record AriaLabel(String description) {}
}
