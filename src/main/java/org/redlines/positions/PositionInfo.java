package org.redlines.positions;

import java.time.LocalDate;
import org.redlines.dataset.Stance;

/**
 * One dated entry of a cell's history. {@code pointRef} is null for a stance on the plan as a whole;
 * {@code seq} orders entries of the same date as the dataset listed them.
 */
public record PositionInfo(
        long id,
        String plan,
        String pointRef,
        String actorCode,
        Stance stance,
        boolean redLine,
        String summary,
        LocalDate asOf,
        int seq,
        int sourceCount) {}
