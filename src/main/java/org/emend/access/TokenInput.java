package org.emend.access;

import java.time.Instant;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new token is called, what it may do, and until when. */
@Schema(name = "ApiTokenInput")
public record TokenInput(@NotBlank @Size(max = 200) String name, @NotNull TokenScope scope,
        @Future @Schema(description = "When the token stops working; none: until revoked") Instant expiresAt) {
}
