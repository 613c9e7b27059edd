package org.emend.console.editor;

import java.util.List;
import java.util.UUID;

/**
 * A page in the editor: the OCR original (and scan) beside its blocks, with its neighbours.
 *
 * @param trail the pages the editor has just left by "save and next", which the next one is not
 * @param ocrDraft the page's latest OCR run, or null when it has none
 */
public record PageView(UUID id, UUID articleId, String articleTitle, String language, int sequence, String printedNumber,
        boolean printedNumberInferred, String runningHead, String watermark, String ocrOriginal, int garble, boolean hasImage,
        UUID previousId, UUID nextId, int pageCount, List<BlockForm> blocks, String message, String trail, OcrDraft ocrDraft) {

    /** The latest OCR run of the page, shown as a draft to copy from when the text layer was garbled. */
    public record OcrDraft(String engine, String languages, Integer confidence, String text) {
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
