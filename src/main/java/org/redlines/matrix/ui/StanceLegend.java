package org.redlines.matrix.ui;

import org.redlines.ui.StanceStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The key to the cells: each stance's word, icon and colour, the red-line mark, empty cells and source counts. */
class StanceLegend extends Div {

    StanceLegend() {
        setId("legend");
        addClassName("rl-legend");
        getElement().setAttribute("aria-label", "Legend");
        add(new Span("Legend:"));
        for (StanceStyle style : StanceStyle.values()) {
            Span item = new Span(style.icon().create(), new Span(style.stance().label()));
            item.addClassNames("rl-cell", style.cssClass());
            add(item);
        }
        Span redLine = new Span(StanceStyle.RED_LINE_ICON.create(), new Span("RED LINE: non-negotiable"));
        redLine.addClassName("rl-redline-mark");
        Span empty = new Span("— no position recorded");
        empty.addClassName("rl-empty");
        Span sources = new Span("n = number of sources");
        sources.addClassName("rl-legend-sources");
        add(redLine, empty, sources);
    }
}
