package org.redlines.positions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a shown cell counts as stale: its entry is dated more than {@code days} days before the {@code reference}
 * day (the matrix's as-of date, or today). An entry without a date is stale for every number of days, an empty
 * cell never.
 */
public record Staleness(int days, LocalDate reference) {

    public boolean isStale(PositionInfo cell) {
        return cell != null && (cell.asOf() == null || cell.asOf().isBefore(reference.minusDays(days)));
    }

    /** Whole days from an entry's date to the reference day; null for an undated entry. */
    public static Long age(PositionInfo cell, LocalDate reference) {
        return cell == null || cell.asOf() == null ? null : ChronoUnit.DAYS.between(cell.asOf(), reference);
    }
}
