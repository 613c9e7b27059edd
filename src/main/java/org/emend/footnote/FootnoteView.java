package org.emend.footnote;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockStatus;
import org.emend.crud.Versioned;

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
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    public static FootnoteView of(Footnote footnote) {
        return new FootnoteView(footnote.id, footnote.article.id, footnote.ordinal,
                footnote.page == null ? null : footnote.page.id, footnote.numberOnPage, footnote.marker,
                footnote.language, footnote.text, footnote.ocrOriginal, footnote.status, footnote.createdAt,
                footnote.updatedAt, footnote.version);
    }
}
