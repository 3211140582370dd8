package org.redlines.positions;

import java.time.Instant;

/**
 * A published release: its name, notes, the revision it freezes, who published it and when, and its neighbours
 * ({@code previous}, and {@code supersededBy}: the newest release after it).
 */
public record ReleaseInfo(
        String name,
        String notes,
        long revision,
        Instant publishedAt,
        String publishedBy,
        String previous,
        String supersededBy) {}
