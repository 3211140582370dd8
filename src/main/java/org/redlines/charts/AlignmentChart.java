package org.redlines.charts;

import java.util.ArrayList;
import java.util.List;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.Verdict;

/** Chart 2, alignment: for each ordered pair of shown parties, the points where both have a position and agree. */
public final class AlignmentChart {

    /** Points where both parties have a position (verdict not unknown) and those of them where they agree. */
    public record Pair(ActorInfo a, ActorInfo b, List<String> agree, List<String> both) {

        /** Share of agreement in percent, or null when no point has positions of both. */
        public Integer percent() {
            return both.isEmpty() ? null : (int) Math.round(100.0 * agree.size() / both.size());
        }
    }

    private AlignmentChart() {}

    public static List<Pair> pairs(Matrix matrix) {
        List<Pair> pairs = new ArrayList<>();
        for (ActorInfo a : matrix.actors()) {
            for (ActorInfo b : matrix.actors()) {
                if (a.equals(b)) {
                    continue;
                }
                List<String> agree = new ArrayList<>();
                List<String> both = new ArrayList<>();
                for (Matrix.Row row : matrix.rows()) {
                    Verdict v = Verdict.of(row.cell(a.code()), row.cell(b.code()));
                    if (v != Verdict.UNKNOWN) {
                        both.add(row.point().ref());
                        if (v == Verdict.AGREE) {
                            agree.add(row.point().ref());
                        }
                    }
                }
                pairs.add(new Pair(a, b, agree, both));
            }
        }
        return pairs;
    }
}
