package org.redlines.matrix.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import org.redlines.i18n.Messages;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;
import org.redlines.ui.Badges;

/** Each shown party's stance on the plan as a whole, above the grid. */
class PlanStancesBar extends Div {

    PlanStancesBar() {
        setId("plan-stances");
        addClassName("rl-plan-stances");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", Messages.t("matrix.plan-stances.label"));
    }

    void show(Matrix matrix) {
        removeAll();
        for (ActorInfo actor : matrix.actors()) {
            PositionInfo stance = matrix.planStances().get(actor.code());
            Div item = new Div();
            item.addClassName("rl-plan-stance");
            item.getElement().setAttribute("role", "listitem");
            item.getElement().setAttribute("data-actor", actor.code());
            Span name = new Span(actor.name());
            name.addClassName("rl-plan-stance-actor");
            item.add(name);
            item.add(Badges.stance(stance));
            if (stance != null) {
                Tooltip.forComponent(item).setText(MatrixGrid.tooltip(stance));
                item.getElement().setAttribute("tabindex", "0");
            }
            add(item);
        }
    }
}
