package org.redlines.positions;

import java.util.List;
import java.util.Map;
import org.redlines.dataset.Grade;
import org.redlines.dataset.Stance;

/**
 * When a shown cell counts as weakly sourced under {@code minGrade}: its stance takes a side (supports,
 * conditional or opposes) and none of the sources of the entry it shows meets the threshold. An ungraded source
 * meets no threshold; empty and unclear cells are never weakly sourced. {@code grades} holds the grades of each
 * entry's graded sources, by entry id.
 */
public record Sourcing(Grade minGrade, Map<Long, List<Grade>> grades) {

    public Sourcing {
        grades = Map.copyOf(grades);
    }

    public boolean isWeak(PositionInfo cell) {
        return cell != null
                && cell.stance() != Stance.UNCLEAR
                && grades.getOrDefault(cell.id(), List.of()).stream().noneMatch(g -> g.meets(minGrade));
    }
}
