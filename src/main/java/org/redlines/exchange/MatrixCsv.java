package org.redlines.exchange;

import java.util.ArrayList;
import java.util.List;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;

/** Writes the shown matrix as RFC 4180 CSV: CRLF line ends, fields quoted when they need it. */
public final class MatrixCsv {

    private MatrixCsv() {
    }

    public static String write(Matrix matrix) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("ref", "title", "topic"));
        for (ActorInfo actor : matrix.actors()) {
            header.add(actor.code() + ".stance");
            header.add(actor.code() + ".redline");
        }
        line(out, header);
        for (Matrix.Row row : matrix.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.point().ref(), row.point().title(),
                    row.point().topicCode()));
            for (ActorInfo actor : matrix.actors()) {
                PositionInfo cell = row.cell(actor.code());
                fields.add(cell == null ? "" : cell.stance().code());
                fields.add(String.valueOf(cell != null && cell.redLine()));
            }
            line(out, fields);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
