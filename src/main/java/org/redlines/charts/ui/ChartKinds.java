package org.redlines.charts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.function.Function;
import org.redlines.charts.ChartKind;

/** One link per chart kind; the shown kind carries aria-current, so screen readers say which chart this is. */
class ChartKinds extends Nav {

    ChartKinds() {
        addClassName("rl-chart-kinds");
        getElement().setAttribute("aria-label", getTranslation("chart.view.kinds"));
        for (ChartKind kind : ChartKind.values()) {
            Anchor link = new Anchor("", getTranslation("chart.kind." + kind.code()));
            link.setId("chart-" + kind.code());
            link.addClassName("rl-chart-kind");
            add(link);
        }
    }

    void show(ChartKind shown, Function<ChartKind, String> links) {
        for (ChartKind kind : ChartKind.values()) {
            Anchor link = (Anchor) getChildren()
                    .filter(c -> c.getId().orElse("").equals("chart-" + kind.code()))
                    .findFirst()
                    .orElseThrow();
            link.setHref(links.apply(kind));
            if (kind == shown) {
                link.getElement().setAttribute("aria-current", "page");
                link.addClassName("rl-current");
            } else {
                link.getElement().removeAttribute("aria-current");
                link.removeClassName("rl-current");
            }
        }
    }

    /** The shown kind's link id, as tests read it. */
    String current() {
        return getChildren()
                .filter(c -> c.getElement().hasAttribute("aria-current"))
                .findFirst()
                .flatMap(c -> c.getId())
                .orElse(null);
    }
}
