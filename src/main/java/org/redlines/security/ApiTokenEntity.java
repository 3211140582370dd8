package org.redlines.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: its owner, name, scope and expiry, and the SHA-256 hash of the token, never the token. */
@Entity
@Table(name = "api_token")
class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApiTokenInfo.Scope scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(nullable = false)
    private boolean revoked;

    protected ApiTokenEntity() {}

    ApiTokenEntity(
            String username,
            String name,
            String tokenHash,
            ApiTokenInfo.Scope scope,
            Instant createdAt,
            Instant expiresAt) {
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    ApiTokenInfo.Scope scope() {
        return scope;
    }

    boolean usable(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    void revoke() {
        this.revoked = true;
    }

    ApiTokenInfo info() {
        return new ApiTokenInfo(id, name, scope, createdAt, expiresAt, lastUsedAt, revoked);
    }
}
