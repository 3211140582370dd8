package org.redlines.positions;

import java.time.Instant;

/**
 * A recorded revision of the data: its number, when and by whom it was written, an optional note, and the name of
 * the release that froze it (null when none did).
 */
public record RevisionInfo(long number, Instant changedAt, String username, String note, String release) {

    public RevisionInfo(long number, Instant changedAt, String username, String note) {
        this(number, changedAt, username, note, null);
    }
}
