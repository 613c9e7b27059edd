package org.emend.draft;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockKind;
import org.emend.history.Diffs;

/** A page's OCR draft as the API shows it: each block beside what the run read, with the difference. */
@Schema(name = "OcrDraft")
public record DraftView(UUID runId, UUID pageId, String engine, String languages,
        @Schema(description = "Whether an editor has changed a block of the page: the draft then waits to be accepted block by block") boolean handEdited,
        List<Block> blocks) {

    @Schema(name = "OcrDraftBlock")
    public record Block(
            @Schema(description = "What to accept: section:<id>, or footnote:new:1 for a block the page does not have yet") String key,
            BlockKind kind,
            @Schema(description = "The page's block, absent for a new one") UUID blockId,
            @Schema(description = "The block's version, to send back when accepting") Long version, String heading,
            String text, String draftedHeading,
            @Schema(description = "What the engine read: empty when it found nothing for the block") String draftedText,
            @Schema(description = "Whether accepting would change the block") boolean changes,
            @Schema(description = "Word by word, from the block's text to the engine's") List<Diffs.Op> diff) {

        static Block of(DraftPair pair) {
            String text = pair.block() == null ? "" : pair.block().text;
            return new Block(pair.key(), pair.kind(), pair.block() == null ? null : pair.block().id,
                    pair.block() == null ? null : pair.block().version, pair.block() == null ? null : pair.block().heading(),
                    pair.block() == null ? null : text, pair.draftedHeading(), pair.draftedText(), pair.changes(),
                    Diffs.words(text, pair.draftedText()));
        }
    }
}
