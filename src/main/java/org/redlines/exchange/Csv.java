package org.redlines.exchange;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line break. A text that a
 * spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice against CSV injection).
 */
public final class Csv {

    private Csv() {}

    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    public static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    public static String quote(String field) {
        if (field == null) {
            return "";
        }
        field = inert(field);
        boolean needs = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    /** Texts starting with = + - @ or a tab or carriage return are made inert; plain numbers stay numbers. */
    static String inert(String field) {
        if (field.isEmpty() || NUMBER.matcher(field).matches()) {
            return field;
        }
        char first = field.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + field
                : field;
    }
}
