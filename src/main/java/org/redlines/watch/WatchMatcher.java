package org.redlines.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.MatrixService;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PositionInfo;
import org.springframework.stereotype.Component;

/**
 * Whether a change of the data affects a watched matrix link: the link is opened as it stood at the revision
 * before the change and at the revision after it, by the matrix engine itself ({@link MatrixService#open}, the
 * same code every view and export uses), and the two are compared as a reader would see them. A change affects
 * the link when a shown cell's stance, red line or current entry differs, a row enters or leaves, a shown point's
 * title or text differs, or an event of the view's period (its plan's date to its day, involving a shown party or
 * none) is added, changed or removed. Anything else the link does not show notifies nobody.
 */
@Component
public class WatchMatcher {

    /** What moved in a watched view, as its reader would see it. */
    public record Difference(Kind kind, String ref, String actor, PositionInfo before, PositionInfo after) {}

    public enum Kind {
        CELL,
        ROW_ADDED,
        ROW_REMOVED,
        POINT_TEXT,
        EVENT
    }

    private final MatrixService matrices;

    public WatchMatcher(MatrixService matrices) {
        this.matrices = matrices;
    }

    /**
     * The differences a reader of {@code link} ("matrix?..."; live) sees between revision {@code before} and
     * revision {@code after}; empty when the change does not affect the view.
     */
    public List<Difference> differences(String link, long before, long after) {
        return moves(link, before, after).differences();
    }

    /** What moved between two revisions in a view made of these matrix links (a matrix view: its own link). */
    public List<Difference> differences(List<String> links, long before, long after) {
        List<Difference> out = new ArrayList<>();
        for (String link : links) {
            for (Difference d : differences(link, before, after)) {
                if (!out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** The view as it stood before and after, and what moved in it between the two. */
    public record Moves(MatrixPage before, MatrixPage after, List<Difference> differences) {}

    /** Like {@link #differences}, with the two pages it compared (for the words, links and sources). */
    public Moves moves(String link, long before, long after) {
        Map<String, List<String>> parameters = parameters(link);
        MatrixPage then = at(parameters, before);
        MatrixPage now = at(parameters, after);
        List<Difference> out = new ArrayList<>();
        Map<String, Matrix.Row> rowsThen = rows(then.matrix());
        Map<String, Matrix.Row> rowsNow = rows(now.matrix());
        for (String ref : rowsThen.keySet()) {
            if (!rowsNow.containsKey(ref)) {
                out.add(new Difference(Kind.ROW_REMOVED, ref, null, null, null));
            }
        }
        List<String> actors =
                now.matrix().actors().stream().map(ActorInfo::code).toList();
        for (Map.Entry<String, Matrix.Row> entry : rowsNow.entrySet()) {
            String ref = entry.getKey();
            Matrix.Row row = entry.getValue();
            Matrix.Row old = rowsThen.get(ref);
            if (old == null) {
                out.add(new Difference(Kind.ROW_ADDED, ref, null, null, null));
                continue;
            }
            if (!text(old.point()).equals(text(row.point()))) {
                out.add(new Difference(Kind.POINT_TEXT, ref, null, null, null));
            }
            for (String actor : actors) {
                PositionInfo a = old.cell(actor);
                PositionInfo b = row.cell(actor);
                if (!sameCell(a, b)) {
                    out.add(new Difference(Kind.CELL, ref, actor, a, b));
                }
            }
        }
        if (!events(then, actors).equals(events(now, actors))) {
            out.add(new Difference(Kind.EVENT, null, null, null, null));
        }
        return new Moves(then, now, out);
    }

    private MatrixPage at(Map<String, List<String>> parameters, long revision) {
        Map<String, List<String>> frozen = new HashMap<>(parameters);
        frozen.put(MatrixParams.REV, List.of(String.valueOf(revision)));
        return matrices.open(frozen);
    }

    private static Map<String, Matrix.Row> rows(Matrix matrix) {
        Map<String, Matrix.Row> out = new LinkedHashMap<>();
        matrix.rows().forEach(r -> out.put(r.point().ref(), r));
        return out;
    }

    /**
     * The same cell for a reader: the same stance, red line, date and words. Not the entry's id: an import writes
     * every entry anew, and a cell that reads the same has not moved.
     */
    private static boolean sameCell(PositionInfo a, PositionInfo b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.stance() == b.stance()
                && a.redLine() == b.redLine()
                && Objects.equals(a.asOf(), b.asOf())
                && Objects.equals(a.summary(), b.summary());
    }

    private static String text(PointInfo point) {
        return point.title() + "\u0000" + point.summary() + "\u0000" + point.note();
    }

    /** The events a reader of the view sees for its period, compared by what they say. */
    private Set<String> events(MatrixPage page, List<String> actors) {
        LocalDate from = page.matrix().plan().date();
        LocalDate to = page.filter().asOf() != null ? page.filter().asOf() : LocalDate.now();
        return matrices.events(page.catalog()).stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .filter(e -> e.actors().isEmpty() || e.actors().stream().anyMatch(actors::contains))
                .map(WatchMatcher::eventText)
                .collect(Collectors.toSet());
    }

    private static String eventText(EventInfo e) {
        return e.id() + "|" + e.date() + "|" + e.kind() + "|" + e.title() + "|" + e.actors() + "|" + e.summary();
    }

    /** The decoded query parameters of a relative link ("matrix?plan=...&actors=RU,UA"); none without "?". */
    public static Map<String, List<String>> parameters(String link) {
        int q = link.indexOf('?');
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (q < 0) {
            return out;
        }
        for (String pair : link.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(
                    eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String value = eq < 0
                    ? ""
                    : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}
