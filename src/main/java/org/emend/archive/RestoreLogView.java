package org.emend.archive;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A restore as the API and the console show it. */
@Schema(name = "RestoreLogEntry")
public record RestoreLogView(UUID id, String author, Instant createdAt,
        @Schema(description = "SHA-256 of the archive file as uploaded") String bagSha256, long bagBytes,
        boolean replaceRequested,
        @Schema(description = "Journals, issues and articles that existed and were replaced, history and all; above zero, the restore rewrote history") int replacedRecords,
        @Schema(description = "Whether the restore replaced existing records, and with them their history") boolean rewroteHistory,
        int articles, int revisions) {

    static RestoreLogView of(RestoreLogEntry entry) {
        return new RestoreLogView(entry.id, entry.authorName, entry.createdAt, entry.bagSha256, entry.bagBytes,
                entry.replaceRequested, entry.replacedRecords, entry.replacedRecords > 0, entry.articles, entry.revisions);
    }
}
