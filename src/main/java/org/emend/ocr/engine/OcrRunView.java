package org.emend.ocr.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.ocr.lines.OcrLine;

/** An OCR run of a page, as the API shows it: how the engine was asked, what it read, line by line. */
@Schema(name = "OcrRun")
public record OcrRunView(UUID id, UUID pageId, UUID jobId, String engine, String engineVersion,
        @Schema(description = "Tesseract's languages, as chi_sim+eng") String languages, String settings,
        @Schema(description = "The words' mean confidence, 0 to 100") Double meanConfidence,
        @Schema(description = "What the engine read, paragraphs apart by a blank line") String text,
        @Schema(description = "Each line with its box on the page rendered at the run's resolution") List<OcrLine> lines,
        Instant createdAt) {
}
