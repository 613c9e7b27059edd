package org.emend.page;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a page. */
@Schema(name = "PageInput")
public record PageInput(
        @Min(1) @Schema(description = "Position in the article, from 1; the next free one when absent") Integer sequence,
        @Size(min = 1, max = 20) @Schema(example = "079") String printedNumber,
        @Size(max = 1_000_000) @Schema(description = "The page's text as OCR'd; set on creation, read-only afterwards") String ocrOriginal,
        @Size(max = 2000) String runningHead,
        @Size(max = 2000) String watermark) {
}
