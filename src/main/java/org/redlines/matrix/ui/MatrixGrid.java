package org.redlines.matrix.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.redlines.i18n.Messages;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;
import org.redlines.ui.StanceStyle;

/** The red-lines matrix itself: one row per point, one column per shown party. */
class MatrixGrid extends Grid<Matrix.Row> {

    /**
     * Per cell only the stance code, the red-line flag and the source count travel to the browser (a large plan
     * sends thousands of cells); words, icons, classes and the accessible name are derived here, in the template,
     * from the same {@link StanceStyle} table the rest of the UI uses.
     */
    private static final String CELL_TEMPLATE = """
            <span class="rl-cell ${item.s ? 'rl-' + item.s : 'rl-empty'} ${item.r ? 'rl-is-redline' : ''}"
                  data-ref="${item.ref}" data-actor="%1$s" data-stance="${item.s || 'none'}" data-redline="${!!item.r}"
                  aria-label="${(%2$s[item.s] || %3$s) + (item.r ? %5$s : '')
                      + (item.s ? (item.n === 1 ? %6$s : %7$s).replace('{0}', item.n) : '')}">
              <vaadin-icon icon="${%4$s[item.s] || ''}" aria-hidden="true" ?hidden=${!item.s}></vaadin-icon>
              <span class="rl-word">${%2$s[item.s] || '—'}</span>
              <span class="rl-redline-mark" ?hidden=${!item.r}>
                <vaadin-icon icon="vaadin:ban" aria-hidden="true"></vaadin-icon>${%8$s}</span>
              <span class="rl-sources" ?hidden=${!item.n} title="${%9$s}">${item.n}</span>
            </span>""";

    private static String jsMap(java.util.function.Function<StanceStyle, String> value) {
        StringBuilder out = new StringBuilder("{");
        for (StanceStyle style : StanceStyle.values()) {
            out.append(style.stance().code())
                    .append(':')
                    .append(js(value.apply(style)))
                    .append(',');
        }
        return out.append('}').toString();
    }

    /** A text as a JavaScript string literal that is also safe inside the template's HTML attributes. */
    static String js(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '\'', '"', '<', '>', '&', '`', '$', '\n', '\r', '\u2028', '\u2029' ->
                    out.append(String.format("\\u%04x", (int) c)); // not-ui-text
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    private List<ActorInfo> shownActors = List.of();

    MatrixGrid() {
        setId("matrix-grid");
        addClassName("rl-matrix-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSelectionMode(SelectionMode.SINGLE);
        setPageSize(30);
        getElement().setAttribute("aria-label", Messages.t("common.red-lines-matrix"));
    }

    /** Rebuilds the party columns only when the shown parties change; rows are replaced in place. */
    void show(Matrix matrix) {
        if (!matrix.actors().equals(shownActors)) {
            shownActors = matrix.actors();
            removeAllColumns();
            addColumn(row -> row.point().ref())
                    .setHeader(Messages.t("common.ref"))
                    .setKey("ref")
                    .setWidth("5em")
                    .setFlexGrow(0)
                    .setFrozen(true);
            addColumn(row -> row.point().title())
                    .setHeader(Messages.t("common.point"))
                    .setKey("title")
                    .setWidth("15em")
                    .setFlexGrow(3)
                    .setTooltipGenerator(row -> row.point().summary());
            addColumn(row -> row.point().topicName())
                    .setHeader(Messages.t("common.topic"))
                    .setKey("topic")
                    .setWidth("9em")
                    .setFlexGrow(1);
            for (ActorInfo actor : shownActors) {
                addColumn(cellRenderer(actor.code()))
                        .setHeader(actor.name())
                        .setKey("actor-" + actor.code())
                        .setWidth("12.5em")
                        .setFlexGrow(1)
                        .setTextAlign(ColumnTextAlign.START)
                        .setTooltipGenerator(row -> tooltip(row.cell(actor.code())));
            }
        }
        setItems(matrix.rows());
    }

    /** Party codes are letters, digits, - and _ (checked when a dataset is read), so they are safe in the template. */
    private static LitRenderer<Matrix.Row> cellRenderer(String actor) {
        return LitRenderer.<Matrix.Row>of(CELL_TEMPLATE.formatted(
                        actor,
                        jsMap(StanceStyle::label),
                        js(StanceStyle.emptyLabel()),
                        jsMap(StanceStyle::iconName),
                        js(Messages.t("common.red-line-spoken")),
                        js(Messages.t("matrix.cell.one-source")),
                        js(Messages.t("matrix.cell.sources")),
                        js(Messages.t("common.red-line")),
                        js(Messages.t("common.sources"))))
                .withProperty("ref", row -> row.point().ref())
                .withProperty(
                        "s",
                        row -> row.cell(actor) == null
                                ? ""
                                : row.cell(actor).stance().code())
                .withProperty(
                        "r", row -> row.cell(actor) != null && row.cell(actor).redLine())
                .withProperty(
                        "n",
                        row -> row.cell(actor) == null ? 0 : row.cell(actor).sourceCount());
    }

    static String tooltip(PositionInfo cell) {
        if (cell == null) {
            return StanceStyle.emptyLabel();
        }
        String date = cell.asOf() == null
                ? Messages.t("common.undated-inline")
                : Messages.t("common.as-of-inline", cell.asOf());
        return (cell.redLine() ? Messages.t("matrix.cell.red-line-prefix") : "") + cell.summary() + " (" + date + ")";
    }
}
