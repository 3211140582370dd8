package org.redlines.matrix.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Links;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.PositionInfo;
import org.redlines.ui.StanceStyle;

/**
 * The matrix on a phone: one card per point, with its ref, title and one chip per shown party in column order.
 * A card is a link to the same view with the point chosen, so that its detail opens and Back returns here. Only
 * the cards in view are built (a virtual list), and the list keeps its scroll position while the rows stay the
 * same.
 */
class MatrixCards extends VirtualList<Matrix.Row> {

    private List<ActorInfo> actors = List.of();
    private MatrixFilter filter;
    private Catalog catalog;
    private List<Matrix.Row> rows = List.of();

    MatrixCards() {
        setId("matrix-cards");
        addClassName("rl-cards");
        getElement().setAttribute("aria-label", Messages.t("common.red-lines-matrix"));
        setRenderer(new ComponentRenderer<>(this::card));
    }

    /** Cells changed since the reader's last visit of a watched view ({@link MatrixGrid#cellKey}). */
    private java.util.Set<String> changed = java.util.Set.of();

    /** Marks these cells on the cards, as the grid marks them on a wider screen. */
    void markChanged(java.util.Set<String> cells) {
        if (!cells.equals(changed)) {
            changed = java.util.Set.copyOf(cells);
            if (!rows.isEmpty()) {
                getDataProvider().refreshAll();
            }
        }
    }

    void show(Matrix matrix, MatrixFilter shownFilter, Catalog shownCatalog) {
        filter = shownFilter.withPoint(null);
        catalog = shownCatalog;
        if (!matrix.actors().equals(actors) || !matrix.rows().equals(rows)) {
            actors = matrix.actors();
            rows = matrix.rows();
            setItems(rows);
        }
    }

    private Anchor card(Matrix.Row row) {
        Span ref = new Span(row.point().ref());
        ref.addClassName("rl-card-ref");
        Span title = new Span(row.point().title());
        title.addClassName("rl-card-title");
        Div chips = new Div();
        chips.addClassName("rl-card-chips");
        for (ActorInfo actor : actors) {
            Span chip = chip(actor, row.cell(actor.code()));
            if (changed.contains(MatrixGrid.cellKey(row.point().ref(), actor.code()))) {
                chip.addClassName("rl-changed");
                chip.getElement().setAttribute("data-changed", "true");
                chip.getElement()
                        .setAttribute(
                                "aria-label",
                                chip.getElement().getAttribute("aria-label") + Messages.t("matrix.cell.changed"));
            }
            chips.add(chip);
        }
        Anchor card = new Anchor(Links.matrix(filter.withPoint(row.point().ref()), catalog), ref, title, chips);
        card.addClassName("rl-card");
        card.getElement().setAttribute("data-ref", row.point().ref());
        return card;
    }

    private static Span chip(ActorInfo actor, PositionInfo cell) {
        Span party = new Span(actor.name());
        party.addClassName("rl-card-party");
        Span chip = new Span(party);
        chip.addClassName("rl-cell");
        chip.getElement().setAttribute("data-actor", actor.code());
        if (cell == null) {
            chip.addClassName("rl-empty");
            chip.add(new Span("—"));
            chip.getElement().setAttribute("aria-label", actor.name() + ": " + StanceStyle.emptyLabel());
            return chip;
        }
        StanceStyle style = StanceStyle.of(cell.stance());
        chip.addClassName(style.cssClass());
        chip.add(style.icon().create(), new Span(Words.stance(cell.stance())));
        if (cell.redLine()) {
            chip.addClassName("rl-is-redline");
            Span mark = new Span(StanceStyle.RED_LINE_ICON.create());
            mark.addClassName("rl-redline-mark");
            chip.add(mark);
        }
        chip.getElement().setAttribute("aria-label", actor.name() + ": " + Words.cell(cell));
        return chip;
    }
}
