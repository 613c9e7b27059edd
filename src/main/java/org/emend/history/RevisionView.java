package org.emend.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockKind;
import org.emend.block.BlockStatus;
import org.emend.block.Revision;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A revision as the API shows it, with a diff of the text when asked for. */
@Schema(name = "Revision")
public record RevisionView(
        UUID id,
        BlockKind blockKind,
        UUID blockId,
        UUID articleId,
        UUID pageId,
        long baseVersion,
        long newVersion,
        String headingBefore,
        String headingAfter,
        String textBefore,
        String textAfter,
        BlockStatus statusBefore,
        BlockStatus statusAfter,
        String comment,
        @Schema(description = "Who saved: an account's username, or anonymous") String author,
        UUID changesetId,
        @Schema(description = "The revision whose text this one restored") UUID revertsId,
        @Schema(description = "Set when the text is machine-made: the OCR run it came from") UUID ocrRunId,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With diff=word or diff=char: the text's changes") List<Diffs.Op> diff) {

    static RevisionView of(Revision revision, String diff) {
        List<Diffs.Op> ops = switch (diff == null ? "" : diff) {
            case "word" -> Diffs.words(revision.textBefore, revision.textAfter);
            case "char" -> Diffs.characters(revision.textBefore, revision.textAfter);
            default -> null;
        };
        return new RevisionView(revision.id, revision.blockKind, revision.blockId, revision.articleId, revision.pageId,
                revision.baseVersion, revision.newVersion, revision.headingBefore, revision.headingAfter, revision.textBefore,
                revision.textAfter, revision.statusBefore, revision.statusAfter, revision.comment, revision.authorName,
                revision.changesetId, revision.revertsId, revision.ocrRunId, revision.createdAt, ops);
    }
}
