package org.redlines.charts.ui;

/**
 * The matrix's stance colours as CSS variables, which the chart element resolves against the page, so charts
 * use the same colours as the cells in the light and the dark theme.
 */
final class ChartPalette {

    static final String SUPPORTS = "var(--rl-supports)";
    static final String CONDITIONAL = "var(--rl-conditional)";
    static final String OPPOSES = "var(--rl-opposes)";
    static final String UNCLEAR = "var(--rl-unclear)";
    static final String NONE = "var(--lumo-contrast-20pct)";
    static final String RED_LINE = "var(--rl-redline)";
    static final String TEXT = "var(--lumo-body-text-color)";
    static final String GRID_LINE = "var(--lumo-contrast-10pct)";
    static final String LOW = "var(--lumo-base-color)";
    static final String EVENT = "var(--lumo-secondary-text-color)";

    private ChartPalette() {}
}
