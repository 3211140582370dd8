package org.redlines.security;

import java.time.Instant;

/** A personal API token as its owner's page lists it (never the token itself). */
public record ApiTokenInfo(
        long id, String name, Scope scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {

    /** What a token may do through the API: read, or read and write (as far as its owner's role allows). */
    public enum Scope {
        READ,
        WRITE
    }
}
