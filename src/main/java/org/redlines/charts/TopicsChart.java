package org.redlines.charts;

import java.util.ArrayList;
import java.util.List;
import org.redlines.dataset.Stance;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.TopicInfo;

/** Chart 3, pushback by topic: for each topic with shown points and each party, what it opposes and red-lines. */
public final class TopicsChart {

    public record Cell(TopicInfo topic, ActorInfo actor, int points, List<String> opposes, List<String> redLines) {}

    private TopicsChart() {}

    public static List<Cell> pushback(Matrix matrix, Catalog catalog) {
        List<Cell> cells = new ArrayList<>();
        for (TopicInfo topic : catalog.topics()) {
            List<Matrix.Row> rows = matrix.rows().stream()
                    .filter(r -> r.point().topicCode().equals(topic.code()))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            for (ActorInfo actor : matrix.actors()) {
                List<String> opposes = new ArrayList<>();
                List<String> red = new ArrayList<>();
                for (Matrix.Row row : rows) {
                    PositionInfo cell = row.cell(actor.code());
                    if (cell != null && cell.stance() == Stance.OPPOSES) {
                        opposes.add(row.point().ref());
                    }
                    if (cell != null && cell.redLine()) {
                        red.add(row.point().ref());
                    }
                }
                cells.add(new Cell(topic, actor, rows.size(), opposes, red));
            }
        }
        return cells;
    }
}
