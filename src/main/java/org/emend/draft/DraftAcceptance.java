package org.emend.draft;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The blocks of a draft an editor takes, each with the version they saw. */
@Schema(name = "OcrDraftAcceptance")
public record DraftAcceptance(@Schema(description = "The run whose draft is accepted; absent: the page's latest") UUID runId,
        @NotEmpty @Size(max = 1000) List<@Valid @NotNull Choice> blocks) {

    public record Choice(@NotNull @Size(max = 100) String key,
            @Schema(description = "The block's version as seen; absent for a new block") Long version) {
    }
}
