package org.redlines.positions;

import java.time.Instant;

/** A recorded revision of the data: its number, when and by whom it was written, and an optional note. */
public record RevisionInfo(long number, Instant changedAt, String username, String note) {}
