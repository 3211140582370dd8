package org.redlines.matrix.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.redlines.dataset.Grade;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.ui.StanceStyle;

/** The key to the cells: each stance's word, icon and colour, the red-line mark, empty cells and source counts. */
class StanceLegend extends Div {

    private final Span stale = new Span(VaadinIcon.CLOCK.create(), new Span(Messages.t("matrix.legend.stale")));

    private final Span weak = new Span(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), new Span());

    StanceLegend() {
        setId("legend");
        addClassName("rl-legend");
        getElement().setAttribute("aria-label", Messages.t("matrix.legend.label"));
        add(new Span(Messages.t("matrix.legend.title")));
        for (StanceStyle style : StanceStyle.values()) {
            Span item = new Span(style.icon().create(), new Span(Words.stance(style.stance())));
            item.addClassNames("rl-cell", style.cssClass());
            add(item);
        }
        Span redLine = new Span(StanceStyle.RED_LINE_ICON.create(), new Span(Messages.t("matrix.legend.red-line")));
        redLine.addClassName("rl-redline-mark");
        Span empty = new Span(Messages.t("matrix.legend.empty"));
        empty.addClassName("rl-empty");
        Span sources = new Span(Messages.t("matrix.legend.sources"));
        sources.addClassName("rl-legend-sources");
        stale.addClassName("rl-legend-stale");
        stale.setVisible(false);
        weak.addClassName("rl-legend-weak");
        weak.setVisible(false);
        add(redLine, empty, sources, stale, weak);
    }

    /** The clock mark is explained only while the view marks stale cells. */
    void showStale(Integer days) {
        stale.setVisible(days != null);
    }

    /** The weakly-sourced mark is explained, with its threshold, only while the view marks such cells. */
    void showWeak(Grade minGrade) {
        weak.setVisible(minGrade != null);
        if (minGrade != null) {
            ((Span) weak.getComponentAt(1)).setText(Messages.t("matrix.legend.weak", minGrade.code()));
        }
    }
}
