package org.redlines.watch;

import java.time.Instant;

/**
 * One watch as its owner sees it: the link it watches (relative, the live view: never frozen), how often it tells,
 * at which hour a daily digest goes (UTC), whether it is paused, when it last told, and the data revision its
 * owner last saw the view at, and the token of its private feed address, if it has one.
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
        String feedToken) {}
