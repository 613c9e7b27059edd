package org.emend.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.emend.persistence.VersionedEntity;

/** An integration's API token. The secret itself is never stored, only its SHA-256 hash. */
@Entity
@Table(name = "api_token")
public class ApiToken extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public TokenScope scope;

    /** Changes only for the configured admin token, when its secret is rotated or retired. */
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "secret_prefix", nullable = false, updatable = false)
    public String secretPrefix;

    @Column(name = "created_by_id", updatable = false)
    public UUID createdById;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** Whether the token is accepted at {@code now}: not revoked, not expired. */
    public boolean activeAt(Instant now) {
        return activeAt(revokedAt, expiresAt, now);
    }

    /** The same rule for a token read without its entity, as authentication reads it. */
    static boolean activeAt(Instant revokedAt, Instant expiresAt, Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
