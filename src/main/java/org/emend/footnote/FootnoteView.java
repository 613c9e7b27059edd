package org.emend.footnote;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockStatus;
import org.emend.crud.Versioned;
import org.emend.ocr.notes.Citation;

/** A footnote as the API shows it. */
@Schema(name = "Footnote")
public record FootnoteView(
        UUID id,
        UUID articleId,
        Integer ordinal,
        UUID pageId,
        Integer numberOnPage,
        String marker,
        String language,
        String text,
        String ocrOriginal,
        BlockStatus status,
        @Schema(description = "How garbled the text is: 0 clean to 1 OCR garbage") Double garbleScore,
        @Schema(description = "The works cited, parsed from the text") List<Citation> citations,
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    public static FootnoteView of(Footnote footnote) {
        return new FootnoteView(footnote.id, footnote.article.id, footnote.ordinal,
                footnote.page == null ? null : footnote.page.id, footnote.numberOnPage, footnote.marker,
                footnote.language, footnote.text, footnote.ocrOriginal, footnote.status, footnote.garbleScore,
                List.copyOf(footnote.citations), footnote.createdAt,
                footnote.updatedAt, footnote.version);
    }
}
