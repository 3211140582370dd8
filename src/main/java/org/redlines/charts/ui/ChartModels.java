package org.redlines.charts.ui;

import org.redlines.charts.ChartPage;

/** The chart a page shows, in the reader's language: each kind's presenter. */
@org.springframework.modulith.NamedInterface("model")
public final class ChartModels {

    private ChartModels() {}

    public static ChartModel of(ChartPage page) {
        return switch (page.kind()) {
            case STANCES -> StancesPresenter.model(page.matrix(), page.filter(), page.catalog());
            case ALIGNMENT -> AlignmentPresenter.model(page.matrix(), page.filter(), page.catalog());
            case TOPICS -> TopicsPresenter.model(page.matrix(), page.filter(), page.catalog());
            case CONVERGENCE -> ConvergencePresenter.model(page.data(), page.catalog(), page.filter(), page.events());
            case TIMELINE -> TimelinePresenter.model(page.point(), page.filter(), page.catalog(), page.events());
        };
    }
}
