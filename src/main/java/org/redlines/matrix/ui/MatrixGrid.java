package org.redlines.matrix.ui;

import org.redlines.ui.StanceStyle;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;

/** The red-lines matrix itself: one row per point, one column per shown party. */
class MatrixGrid extends Grid<Matrix.Row> {

    private static final String CELL_TEMPLATE = """
            <span class="rl-cell ${item.cls}" data-ref="${item.ref}" data-actor="${item.actor}" data-stance="${item.stance}"
                  data-redline="${item.redLine}" aria-label="${item.aria}">
              <vaadin-icon icon="${item.icon}" aria-hidden="true" ?hidden=${!item.icon}></vaadin-icon>
              <span class="rl-word">${item.word}</span>
              <span class="rl-redline-mark" ?hidden=${!item.redLine}>
                <vaadin-icon icon="vaadin:ban" aria-hidden="true"></vaadin-icon>RED LINE</span>
              <span class="rl-sources" ?hidden=${!item.sources} title="Sources">${item.sources}</span>
            </span>""";

    private List<ActorInfo> shownActors = List.of();

    MatrixGrid() {
        setId("matrix-grid");
        addClassName("rl-matrix-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSelectionMode(SelectionMode.SINGLE);
        getElement().setAttribute("aria-label", "Red-lines matrix");
    }

    /** Rebuilds the party columns only when the shown parties change; rows are replaced in place. */
    void show(Matrix matrix) {
        if (!matrix.actors().equals(shownActors)) {
            shownActors = matrix.actors();
            removeAllColumns();
            addColumn(row -> row.point().ref()).setHeader("Ref").setKey("ref").setWidth("5em").setFlexGrow(0)
                    .setFrozen(true);
            addColumn(row -> row.point().title()).setHeader("Point").setKey("title").setWidth("15em").setFlexGrow(3)
                    .setTooltipGenerator(row -> row.point().summary());
            addColumn(row -> row.point().topicName()).setHeader("Topic").setKey("topic").setWidth("9em")
                    .setFlexGrow(1);
            for (ActorInfo actor : shownActors) {
                addColumn(cellRenderer(actor.code())).setHeader(actor.name()).setKey("actor-" + actor.code())
                        .setWidth("11em").setFlexGrow(1).setTextAlign(ColumnTextAlign.START)
                        .setTooltipGenerator(row -> tooltip(row.cell(actor.code())));
            }
        }
        setItems(matrix.rows());
    }

    private static LitRenderer<Matrix.Row> cellRenderer(String actor) {
        return LitRenderer.<Matrix.Row>of(CELL_TEMPLATE)
                .withProperty("actor", row -> actor)
                .withProperty("ref", row -> row.point().ref())
                .withProperty("stance", row -> row.cell(actor) == null ? "none" : row.cell(actor).stance().code())
                .withProperty("cls", row -> cssClass(row.cell(actor)))
                .withProperty("icon", row -> row.cell(actor) == null ? ""
                        : StanceStyle.of(row.cell(actor).stance()).iconName())
                .withProperty("word", row -> row.cell(actor) == null ? "—" : row.cell(actor).stance().label())
                .withProperty("redLine", row -> row.cell(actor) != null && row.cell(actor).redLine())
                .withProperty("sources", row -> row.cell(actor) == null || row.cell(actor).sourceCount() == 0 ? ""
                        : String.valueOf(row.cell(actor).sourceCount()))
                .withProperty("aria", row -> ariaLabel(row.cell(actor)));
    }

    private static String cssClass(PositionInfo cell) {
        if (cell == null) {
            return "rl-empty";
        }
        return StanceStyle.of(cell.stance()).cssClass() + (cell.redLine() ? " rl-is-redline" : "");
    }

    static String ariaLabel(PositionInfo cell) {
        if (cell == null) {
            return StanceStyle.EMPTY_LABEL;
        }
        return cell.stance().label() + (cell.redLine() ? ", red line" : "") + ", " + cell.sourceCount()
                + (cell.sourceCount() == 1 ? " source" : " sources");
    }

    static String tooltip(PositionInfo cell) {
        if (cell == null) {
            return StanceStyle.EMPTY_LABEL;
        }
        String date = cell.asOf() == null ? "undated" : "as of " + cell.asOf();
        return (cell.redLine() ? "RED LINE. " : "") + cell.summary() + " (" + date + ")";
    }
}
