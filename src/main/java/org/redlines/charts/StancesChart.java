package org.redlines.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;

/** Chart 1, stances per party: for each shown party, the points in each stance and its red lines. */
public final class StancesChart {

    /** Bar segments in stack order: the stance codes, then "none" for an empty cell. */
    public static final List<String> CATEGORIES = List.of("supports", "conditional", "opposes", "unclear", "none");

    /** For each shown party and stance category, the refs of the points in it; plus each party's red lines. */
    public record Counts(
            List<ActorInfo> actors, Map<String, Map<String, List<String>>> refs, Map<String, List<String>> redLines) {

        public int count(String actor, String category) {
            return refs.get(actor).get(category).size();
        }
    }

    private StancesChart() {}

    public static Counts counts(Matrix matrix) {
        Map<String, Map<String, List<String>>> refs = new LinkedHashMap<>();
        Map<String, List<String>> redLines = new LinkedHashMap<>();
        for (ActorInfo actor : matrix.actors()) {
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            CATEGORIES.forEach(c -> byCategory.put(c, new ArrayList<>()));
            List<String> red = new ArrayList<>();
            for (Matrix.Row row : matrix.rows()) {
                PositionInfo cell = row.cell(actor.code());
                byCategory
                        .get(cell == null ? "none" : cell.stance().code())
                        .add(row.point().ref());
                if (cell != null && cell.redLine()) {
                    red.add(row.point().ref());
                }
            }
            refs.put(actor.code(), byCategory);
            redLines.put(actor.code(), red);
        }
        return new Counts(matrix.actors(), refs, redLines);
    }
}
