package org.redlines.exchange;

import java.util.ArrayList;
import java.util.List;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;

/**
 * Writes the shown matrix as RFC 4180 CSV: per party its stance code, red-line flag and the date of the entry
 * shown ({@code asOf}, empty for an empty or undated cell), so that scripts can judge each cell's age themselves. With {@code minGrade} a fourth
 * column per party says whether the cell is weakly sourced.
 */
public final class MatrixCsv {

    private MatrixCsv() {}

    public static String write(Matrix matrix) {
        StringBuilder out = new StringBuilder();
        boolean weakMarked = matrix.sourcing().isPresent();
        List<String> header = new ArrayList<>(List.of("ref", "title", "topic"));
        for (ActorInfo actor : matrix.actors()) {
            header.add(actor.code() + ".stance");
            header.add(actor.code() + ".redline");
            header.add(actor.code() + ".asOf");
            if (weakMarked) {
                header.add(actor.code() + ".weak");
            }
        }
        Csv.line(out, header);
        for (Matrix.Row row : matrix.rows()) {
            List<String> fields = new ArrayList<>(
                    List.of(row.point().ref(), row.point().title(), row.point().topicCode()));
            for (ActorInfo actor : matrix.actors()) {
                PositionInfo cell = row.cell(actor.code());
                fields.add(cell == null ? "" : cell.stance().code());
                fields.add(String.valueOf(cell != null && cell.redLine()));
                fields.add(
                        cell == null || cell.asOf() == null ? "" : cell.asOf().toString());
                if (weakMarked) {
                    fields.add(String.valueOf(matrix.isWeak(cell)));
                }
            }
            Csv.line(out, fields);
        }
        return out.toString();
    }
}
