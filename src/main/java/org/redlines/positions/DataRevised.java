package org.redlines.positions;

import java.time.Instant;

/**
 * Published in every transaction that writes plans, points, positions, sources or events: the data now stands at
 * {@code revision} (the number a frozen link names), changed by {@code author} at {@code at}. Listeners run after
 * the commit; Spring Modulith keeps the publication in the same transaction as the change (the outbox), so that
 * a listener that did not complete is run again.
 */
public record DataRevised(long revision, Instant at, String author) {}
