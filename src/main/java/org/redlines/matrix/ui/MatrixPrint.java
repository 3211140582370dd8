package org.redlines.matrix.ui;

import com.vaadin.flow.component.HasStyle;
import java.util.ArrayList;
import java.util.List;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;
import org.redlines.ui.PrintTable;

/** The matrix as a printout: every shown row (the screen grid holds only those in view), red lines marked. */
final class MatrixPrint {

    private MatrixPrint() {}

    static void print(PrintTable table, HasStyle page, Matrix matrix) {
        List<PrintTable.Row> rows = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            for (ActorInfo actor : matrix.actors()) {
                PositionInfo cell = row.cell(actor.code());
                cells.add(
                        cell == null
                                ? "—"
                                : Words.cell(cell)
                                        + (cell.asOf() == null ? "" : " (" + Messages.date(cell.asOf()) + ")"));
                classes.add(cell != null && cell.redLine() ? "rl-print-redline" : null);
            }
            rows.add(new PrintTable.Row(List.of(row.point().ref(), row.point().title()), cells, classes));
        }
        table.print(
                page,
                List.of(Messages.t("common.ref"), Messages.t("common.point")),
                matrix.actors().stream().map(ActorInfo::name).toList(),
                rows,
                6);
    }
}
