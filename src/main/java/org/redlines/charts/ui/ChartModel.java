package org.redlines.charts.ui;

import java.util.List;
import org.redlines.charts.ChartKind;

/**
 * One chart ready to show: its ECharts option, the same numbers as a table, a one-sentence summary, and, when
 * there is nothing to draw, the reason instead.
 */
@org.springframework.modulith.NamedInterface("model")
public record ChartModel(ChartKind kind, String title, String summary, String option, Table table, String emptyReason) {

    public record Table(List<String> header, List<List<String>> rows) {}

    public boolean isEmpty() {
        return emptyReason != null;
    }

    static ChartModel empty(ChartKind kind, String title, String reason) {
        return new ChartModel(kind, title, reason, null, new Table(List.of(), List.of()), reason);
    }
}
