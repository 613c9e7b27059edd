package org.emend.changes;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of one record, as the feed lists it. */
@Schema(name = "Change")
public record ChangeView(
        @Schema(description = "journal, issue, article, page, section, footnote or abstract") String kind,
        UUID id,
        @Schema(description = "The version the change left; for a deletion, the last one") long version,
        @Schema(description = "created, updated or deleted (a tombstone)") String operation,
        @Schema(description = "The article the record belongs to, when it does") UUID articleId,
        @Schema(description = "When the transaction that made the change began") Instant at,
        @Schema(description = "Who: a username, 'token <name>', or 'system'") String by,
        @Schema(description = "Where this change is in the feed; pass it as since to continue after it") String cursor) {
}
