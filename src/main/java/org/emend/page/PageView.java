package org.emend.page;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.crud.Versioned;

/** A page as the API shows it. */
@Schema(name = "Page")
public record PageView(
        UUID id,
        UUID articleId,
        Integer sequence,
        String printedNumber,
        String ocrOriginal,
        String runningHead,
        String watermark,
        @Schema(description = "True when the printed number follows from the neighbouring pages") boolean printedNumberInferred,
        @Schema(description = "How garbled the page's text is: 0 clean to 1 OCR garbage") Double garbleScore,
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    public static PageView of(Page page) {
        return new PageView(page.id, page.article.id, page.sequence, page.printedNumber, page.ocrOriginal,
                page.runningHead, page.watermark, page.printedNumberInferred, page.garbleScore, page.createdAt,
                page.updatedAt, page.version);
    }
}
