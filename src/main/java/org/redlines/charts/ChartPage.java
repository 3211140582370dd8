package org.redlines.charts;

import java.util.List;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PointInfo;

/** What a charts link opens: the chart, the matrix filter it was computed with, and the plan's points. */
public record ChartPage(
        Catalog catalog,
        MatrixFilter filter,
        ChartKind kind,
        List<String> notices,
        ChartModel model,
        List<PointInfo> points) {}
