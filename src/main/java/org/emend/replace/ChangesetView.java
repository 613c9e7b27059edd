package org.emend.replace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.history.RevisionView;

/** A changeset and the revisions it made. */
@Schema(name = "Changeset")
public record ChangesetView(UUID id, String description, String author, UUID revertsId, Instant createdAt,
        List<RevisionView> revisions) {
}
