package org.emend.draft;

import org.emend.block.BlockKind;
import org.emend.block.TextBlock;

/**
 * One block of a page beside what an OCR run read for it: a block and its reading; a reading with
 * no block yet (the run found more notes or sections than the page has); or a block the run found
 * nothing for, which the draft empties.
 *
 * @param block the page's block, or {@code null} for a new one
 * @param drafted the run's reading, or {@code null} when it has none for the block
 * @param key how the API and the console name the pair: {@code section:<id>}, or
 *        {@code footnote:new:2} for the second new footnote
 */
public record DraftPair(TextBlock block, DraftedBlock drafted, String key) {

    public BlockKind kind() {
        return block != null ? block.kind() : drafted.kind();
    }

    public String draftedText() {
        return drafted == null ? "" : drafted.text();
    }

    public String draftedHeading() {
        return drafted == null ? null : drafted.heading();
    }

    /** Whether taking the reading would change anything. */
    public boolean changes() {
        return block == null || !block.text.equals(draftedText())
                || (kind() == BlockKind.SECTION && !java.util.Objects.equals(block.heading(), draftedHeading()));
    }
}
