package org.redlines.watch;

import java.time.Instant;

/** A webhook as the administrators' page shows it (never its secret). */
public record WebhookInfo(
        long id, String name, String url, String link, Format format, boolean active, Instant createdAt) {

    /** What a webhook posts: JSON for programs, or plain text that chat tools show as a message. */
    public enum Format {
        JSON,
        TEXT
    }

    /** One delivery of one change to one webhook, for the delivery log. */
    public record Delivery(
            long id,
            String webhook,
            long revision,
            Instant changedAt,
            int attempts,
            Instant deliveredAt,
            Integer lastStatus,
            String lastError,
            boolean abandoned,
            Instant nextAttemptAt) {}
}
