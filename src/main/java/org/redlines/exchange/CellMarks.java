package org.redlines.exchange;

import java.util.ArrayList;
import java.util.List;
import org.redlines.i18n.Messages;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;

/** The marks an export writes beside a shown cell's stance, in the grid's order: stale, then weakly sourced. */
final class CellMarks {

    private CellMarks() {}

    /** The marks' words for this cell; none without a matrix (a point briefing) or when none applies. */
    static List<String> of(Matrix matrix, PositionInfo cell) {
        List<String> marks = new ArrayList<>(2);
        if (matrix != null && cell != null) {
            if (matrix.isStale(cell)) {
                marks.add(Messages.t("export.stale"));
            }
            if (matrix.isWeak(cell)) {
                marks.add(Messages.t("export.weak"));
            }
        }
        return marks;
    }
}
