package org.redlines.charts;

import java.util.List;
import org.redlines.positions.Catalog;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.Notice;
import org.redlines.positions.PlanData;
import org.redlines.positions.PointPage;

/**
 * What a charts link opens: the chart kind, the matrix filter it is computed with, the plan's data and the filtered
 * matrix, for the timeline the chosen point's page (null without a point), and the negotiation's events, which
 * time axes mark.
 */
public record ChartPage(
        Catalog catalog,
        MatrixFilter filter,
        ChartKind kind,
        List<Notice> notices,
        PlanData data,
        Matrix matrix,
        PointPage point,
        List<EventInfo> events) {}
