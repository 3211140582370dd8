package org.redlines.positions;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One dated entry of a cell's history. {@code pointRef} is null for a stance on the plan as a whole;
 * {@code seq} orders entries of the same date as the dataset listed them.
 */
public record PositionInfo(long id, String plan, String pointRef, String actorCode, Stance stance, boolean redLine,
        String summary, LocalDate asOf, int seq, int sourceCount) {

    private static final Map<Object, Object> CANONICAL = new ConcurrentHashMap<>();

    /**
     * Every read creates new codes and dates; the few distinct ones are shared, so that the matrices many open
     * UIs keep do not each hold copies of them.
     */
    public PositionInfo {
        plan = canonical(plan);
        pointRef = canonical(pointRef);
        actorCode = canonical(actorCode);
        asOf = canonical(asOf);
    }

    @SuppressWarnings("unchecked")
    private static <T> T canonical(T value) {
        if (value == null) {
            return null;
        }
        if (CANONICAL.size() > 100_000) {
            CANONICAL.clear();
        }
        return (T) CANONICAL.computeIfAbsent(value, v -> v);
    }
}
