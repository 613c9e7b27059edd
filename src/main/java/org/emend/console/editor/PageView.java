package org.emend.console.editor;

import java.util.List;
import java.util.UUID;

/** A page in the editor: the OCR original (and scan) beside its blocks, with its neighbours. */
public record PageView(UUID id, UUID articleId, String articleTitle, String language, int sequence, String printedNumber,
        boolean printedNumberInferred, String runningHead, String watermark, String ocrOriginal, int garble, boolean hasImage,
        UUID previousId, UUID nextId, int pageCount, List<BlockForm> blocks, String message) {
}
