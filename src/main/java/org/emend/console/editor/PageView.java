package org.emend.console.editor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.emend.history.Diffs;

/**
 * A page in the editor: the OCR original (and scan) beside its blocks, with its neighbours.
 *
 * @param trail the pages the editor has just left by "save and next", which the next one is not
 * @param ocrDraft the page's latest OCR run, or null when it has none
 */
public record PageView(UUID id, UUID articleId, String articleTitle, String language, int sequence, String printedNumber,
        boolean printedNumberInferred, String runningHead, String watermark, String ocrOriginal, int garble, boolean hasImage,
        UUID previousId, UUID nextId, int pageCount, List<BlockForm> blocks, String message, String trail, OcrDraft ocrDraft) {

    /**
     * The latest OCR run of the page: its text, its lines where they stand on the scan (as shares
     * of the page, so on any rendering of it), and its draft where it differs from the blocks.
     *
     * @param proposals by block key ({@code section:<id>}): what the run reads for a block that says otherwise
     * @param newBlocks blocks the run found that the page does not have
     */
    public record OcrDraft(UUID runId, String engine, String languages, Integer confidence, String text, List<LineBox> lines,
            String aspectRatio, Map<String, Proposal> proposals, List<NewBlock> newBlocks) {

        public Proposal proposalFor(String key) {
            return proposals.get(key);
        }

        public boolean hasChanges() {
            return !proposals.isEmpty() || !newBlocks.isEmpty();
        }
    }

    /**
     * A line of the run: its text, its box in percent of the page, the anchors of the blocks it is
     * part of, and how to show its crop of the scan (CSS background size and position).
     */
    public record LineBox(int index, String text, String left, String top, String width, String height, String blocks,
            String cropSize, String cropPosition, String cropRatio) {
    }

    /** What the run reads for a block, and how it differs from the block's text. */
    public record Proposal(String draftedHeading, String draftedText, List<Diffs.Op> diff) {
    }

    /** A block the run found that the page lacks. */
    public record NewBlock(String key, String label, String text) {
    }

    public long rawCount() {
        return count("raw");
    }

    public long correctedCount() {
        return count("corrected");
    }

    public long verifiedCount() {
        return count("verified");
    }

    private long count(String status) {
        return blocks.stream().filter(block -> block.status().equals(status)).count();
    }
}
