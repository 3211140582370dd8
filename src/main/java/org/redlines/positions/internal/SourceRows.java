package org.redlines.positions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.SourceInfo;

/** Turns the rows of the sources queries (owner id first, or no owner) into {@link SourceInfo} records. */
final class SourceRows {

    private SourceRows() {}

    static Map<Long, List<SourceInfo>> byOwner(List<Object[]> rows) {
        Map<Long, List<SourceInfo>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(source(r, 1));
        }
        return out;
    }

    static List<SourceInfo> list(List<Object[]> rows) {
        return rows.stream().map(r -> source(r, 0)).toList();
    }

    private static SourceInfo source(Object[] r, int at) {
        return new SourceInfo(
                (String) r[at], (String) r[at + 1], (String) r[at + 2], (LocalDate) r[at + 3], (String) r[at + 4]);
    }
}
