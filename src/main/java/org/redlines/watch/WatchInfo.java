package org.redlines.watch;

import java.time.Instant;

/**
 * One watch as its owner sees it: the link it watches (relative, the live view: never frozen), how often it tells,
 * at which hour a daily digest goes (UTC), whether it is paused, when it last told, and the data revision its
 * owner last saw the view at, the token of its private feed address, if it has one, and the matrix links whose moves the view shows (the link
 * itself for a matrix view).
 */
public record WatchInfo(
        long id,
        String link,
        Frequency frequency,
        int digestHour,
        boolean paused,
        Instant createdAt,
        Instant lastNotifiedAt,
        long lastSeenRevision,
        String feedToken,
        java.util.List<String> matrixLinks) {

    /** Whether the watched view is the matrix itself (rather than a view over matrix links). */
    public boolean isMatrix() {
        return matrixLinks.size() == 1 && matrixLinks.getFirst().equals(link);
    }
}
