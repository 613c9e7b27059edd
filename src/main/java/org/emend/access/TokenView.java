package org.emend.access;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A token as the API shows it; the secret only in the answer that created it. */
@Schema(name = "ApiToken")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(UUID id, String name, TokenScope scope,
        @Schema(description = "The first characters of the secret, to tell tokens apart") String prefix,
        @Schema(description = "Only when the token is created: send it as 'Authorization: Bearer <secret>'; it is not shown again") String secret,
        String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
        @Schema(description = "Accepted now: neither revoked nor expired") boolean active) {

    static TokenView of(ApiToken token, String secret) {
        return new TokenView(token.id, token.name, token.scope, token.secretPrefix, secret, token.createdByName,
                token.createdAt, token.expiresAt, token.revokedAt, token.lastUsedAt, token.activeAt(Instant.now()));
    }
}
