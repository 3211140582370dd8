package org.redlines.positions;

import java.time.Instant;

/** A recorded revision of the data: its number, when and by whom it was written, and an optional note. */
public record RevisionInfo(long number, Instant changedAt, String username, String note) {

    /** The note in the reader's language, as the audit log and history show it. */
    public String shownNote() {
        return RevisionNotes.shown(note);
    }
}
