package org.redlines.exchange;

import java.util.ArrayList;
import java.util.List;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;

/** Writes the shown matrix as RFC 4180 CSV. */
public final class MatrixCsv {

    private MatrixCsv() {}

    public static String write(Matrix matrix) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("ref", "title", "topic"));
        for (ActorInfo actor : matrix.actors()) {
            header.add(actor.code() + ".stance");
            header.add(actor.code() + ".redline");
        }
        Csv.line(out, header);
        for (Matrix.Row row : matrix.rows()) {
            List<String> fields = new ArrayList<>(
                    List.of(row.point().ref(), row.point().title(), row.point().topicCode()));
            for (ActorInfo actor : matrix.actors()) {
                PositionInfo cell = row.cell(actor.code());
                fields.add(cell == null ? "" : cell.stance().code());
                fields.add(String.valueOf(cell != null && cell.redLine()));
            }
            Csv.line(out, fields);
        }
        return out.toString();
    }
}
