package org.redlines.matrix.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Optional;
import org.redlines.i18n.Messages;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.Sourcing;
import org.redlines.positions.Staleness;
import org.redlines.ui.StanceStyle;

/** The red-lines matrix itself: one row per point, one column per shown party. */
class MatrixGrid extends Grid<Matrix.Row> {

    /**
     * Per cell only the stance code, the red-line flag and the source count travel to the browser (a large plan
     * sends thousands of cells); words, icons, classes and the accessible name are derived here, in the template,
     * from the same {@link StanceStyle} table the rest of the UI uses.
     */
    private static final String CELL_TEMPLATE = """
            <span class="rl-cell ${item.s ? 'rl-' + item.s : 'rl-empty'} ${item.r ? 'rl-is-redline' : ''} ${item.o ? 'rl-stale' : ''} ${item.w ? 'rl-weak' : ''} ${item.c ? 'rl-changed' : ''} ${item.p ? 'rl-pending' : ''}"
                  data-ref="${item.ref}" data-actor="%1$s" data-stance="${item.s || 'none'}" data-redline="${!!item.r}"
                  data-changed="${!!item.c}" data-weak="${!!item.w}" data-pending="${!!item.p}"
                  aria-label="${(%2$s[item.s] || %3$s) + (item.r ? %5$s : '')
                      + (item.s ? (item.n === 1 ? %6$s : %7$s).replace('{0}', item.n) : '')
                      + (item.o ? %10$s : '') + (item.w ? %12$s : '') + (item.c ? %11$s : '') + (item.p ? %13$s : '')}">
              <vaadin-icon icon="${%4$s[item.s] || ''}" aria-hidden="true" ?hidden=${!item.s}></vaadin-icon>
              <span class="rl-word">${%2$s[item.s] || '—'}</span>
              <span class="rl-redline-mark" ?hidden=${!item.r}>
                <vaadin-icon icon="vaadin:ban" aria-hidden="true"></vaadin-icon><span class="rl-redline-word">${%8$s}</span></span>
              <span class="rl-sources" ?hidden=${!item.n} title="${%9$s}">${item.n}</span>
              <vaadin-icon class="rl-stale-mark" icon="vaadin:clock" aria-hidden="true" ?hidden=${!item.o}></vaadin-icon>
              <vaadin-icon class="rl-pending-mark" icon="vaadin:hourglass" aria-hidden="true" ?hidden=${!item.p}></vaadin-icon>
              <vaadin-icon class="rl-weak-mark" icon="vaadin:exclamation-circle-o" aria-hidden="true" ?hidden=${!item.w}></vaadin-icon>
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

    private static final String TITLE_TEMPLATE = """
            <span class="rl-row-title">${item.title}</span><span class="rl-row-topic">${item.topic}</span>""";

    private static final String TOPIC_TEMPLATE = """
            <span class="rl-topic-cell">${item.topic}</span>""";

    private List<ActorInfo> shownActors = List.of();
    private List<Matrix.Row> shownRows = List.of();
    private Matrix shown;
    private Optional<Staleness> shownStaleness = Optional.empty();
    private Optional<Sourcing> shownSourcing = Optional.empty();
    private final Span offScreen;

    /** {@code offScreen} says how many party columns are scrolled out of sight, when there are many. */
    MatrixGrid(Span offScreen) {
        this.offScreen = offScreen;
        setId("matrix-grid");
        addClassName("rl-matrix-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setSelectionMode(SelectionMode.SINGLE);
        setPageSize(30);
        getElement().setAttribute("aria-label", Messages.t("common.red-lines-matrix"));
        offScreen.setId("parties-off-screen");
        offScreen.addClassName("rl-off-screen");
        offScreen.getElement().setAttribute("aria-live", "polite");
        // Counts the party columns whose header is not wholly in view, after every sideways scroll or resize;
        // reads the grid's scroller ($.table) and each column's header cell, which vaadin-grid keeps stable.
        getElement()
                .executeJs(
                        """
                        const grid = this, out = $0, one = $1, many = $2;
                        const update = () => {
                          const box = grid.$.table.getBoundingClientRect();
                          const columns = [...grid.querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden);
                          const left = Math.max(box.left, ...columns.filter(c => c.frozen)
                              .map(c => c._headerCell ? c._headerCell.getBoundingClientRect().right : box.left));
                          const hidden = columns.filter(c => !c.frozen && c._headerCell).filter(c => {
                            const r = c._headerCell.getBoundingClientRect();
                            return r.left < left - 1 || r.right > box.right + 1;
                          }).length;
                          out.textContent = hidden === 0 ? '' : (hidden === 1 ? one : many.replace('{0}', hidden));
                          out.hidden = hidden === 0;
                        };
                        grid.$.table.addEventListener('scroll', update, {passive: true});
                        new ResizeObserver(update).observe(grid);
                        grid.__rlOffScreen = update;
                        setTimeout(update, 0);""",
                        offScreen.getElement(),
                        Messages.t("matrix.off-screen.one"),
                        Messages.t("matrix.off-screen.many"));
    }

    /**
     * Rebuilds the party columns only when the shown parties change; rows are replaced only when they change, so
     * that the grid keeps its scroll position when a point is chosen. With the detail panel open the topic moves
     * under the title, so that the parties keep their room.
     */
    void show(Matrix matrix, boolean detailOpen) {
        boolean many = matrix.actors().size() > Matrix.PARTIES_SIDE_BY_SIDE;
        if (!matrix.actors().equals(shownActors)) {
            shownActors = matrix.actors();
            removeAllColumns();
            addColumn(row -> row.point().ref())
                    .setHeader(Messages.t("common.ref"))
                    .setKey("ref")
                    .setWidth("3.5em")
                    .setFlexGrow(0)
                    .setFrozen(true);
            addColumn(LitRenderer.<Matrix.Row>of(TITLE_TEMPLATE)
                            .withProperty("title", row -> row.point().title())
                            .withProperty("topic", row -> row.point().topicName()))
                    .setHeader(Messages.t("common.point"))
                    .setKey("title")
                    .setWidth(many ? "14em" : "9em")
                    .setFlexGrow(many ? 0 : 4)
                    .setFrozen(many)
                    .setTooltipGenerator(row -> row.point().summary());
            addColumn(LitRenderer.<Matrix.Row>of(TOPIC_TEMPLATE)
                            .withProperty("topic", row -> row.point().topicName()))
                    .setHeader(Messages.t("common.topic"))
                    .setKey("topic")
                    .setWidth("6em")
                    .setFlexGrow(0)
                    .setTooltipGenerator(row -> row.point().topicName());
            for (ActorInfo actor : shownActors) {
                addColumn(cellRenderer(actor.code()))
                        .setHeader(actor.name())
                        .setKey("actor-" + actor.code())
                        .setWidth(many ? "7.5em" : "4.2em")
                        .setFlexGrow(many ? 0 : 1)
                        .setTextAlign(ColumnTextAlign.START)
                        .setTooltipGenerator(row -> tooltip(row.cell(actor.code())));
            }
            shownRows = null;
        }
        boolean topicUnderTitle = detailOpen || many;
        getColumnByKey("topic").setVisible(!topicUnderTitle);
        setClassName("rl-topic-under", topicUnderTitle);
        setClassName("rl-many-parties", many);
        shown = matrix;
        if (!matrix.rows().equals(shownRows)
                || !matrix.staleness().equals(shownStaleness)
                || !matrix.sourcing().equals(shownSourcing)) {
            shownRows = matrix.rows();
            shownStaleness = matrix.staleness();
            shownSourcing = matrix.sourcing();
            setItems(shownRows);
        }
        getElement().executeJs("this.__rlOffScreen && setTimeout(this.__rlOffScreen, 0)");
    }

    /** Cells marked as changed since the reader's last visit of a watched view: "ref\u0000actor". */
    private java.util.Set<String> changed = java.util.Set.of();

    /** Marks these cells ({@code ref} and party code) as changed since the reader last saw the view. */
    void markChanged(java.util.Set<String> cells) {
        if (!cells.equals(changed)) {
            changed = java.util.Set.copyOf(cells);
            getDataProvider().refreshAll();
        }
    }

    /** Cells with a change waiting for review, shown to analysts: "ref\u0000actor". */
    private java.util.Set<String> pending = java.util.Set.of();

    /** Marks these cells ({@code ref} and party code) as having a change that waits for review. */
    void markPending(java.util.Set<String> cells) {
        if (!cells.equals(pending)) {
            pending = java.util.Set.copyOf(cells);
            getDataProvider().refreshAll();
        }
    }

    static String cellKey(String ref, String actor) {
        return ref + "\u0000" + actor;
    }

    /** Party codes are letters, digits, - and _ (checked when a dataset is read), so they are safe in the template. */
    private LitRenderer<Matrix.Row> cellRenderer(String actor) {
        return LitRenderer.<Matrix.Row>of(CELL_TEMPLATE.formatted(
                        actor,
                        jsMap(StanceStyle::label),
                        js(StanceStyle.emptyLabel()),
                        jsMap(StanceStyle::iconName),
                        js(Messages.t("common.red-line-spoken")),
                        js(Messages.t("matrix.cell.one-source")),
                        js(Messages.t("matrix.cell.sources")),
                        js(Messages.t("common.red-line")),
                        js(Messages.t("common.sources")),
                        js(Messages.t("matrix.cell.stale")),
                        js(Messages.t("matrix.cell.changed")),
                        js(Messages.t("matrix.cell.weak")),
                        js(Messages.t("matrix.cell.pending"))))
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
                        row -> row.cell(actor) == null ? 0 : row.cell(actor).sourceCount())
                .withProperty("o", row -> shown != null && shown.isStale(row.cell(actor)))
                .withProperty("w", row -> weak(row, actor))
                .withProperty("c", row -> changed.contains(row.point().ref() + "\u0000" + actor))
                .withProperty("p", row -> pending.contains(cellKey(row.point().ref(), actor)));
    }

    /** Whether the row's cell of this party is marked as weakly sourced (the view's {@code minGrade}). */
    boolean weak(Matrix.Row row, String actor) {
        return shown != null && shown.isWeak(row.cell(actor));
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
