package org.emend.abstracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockStatus;
import org.emend.crud.Versioned;

/** An abstract as the API shows it. */
@Schema(name = "Abstract")
public record AbstractView(
        UUID id,
        UUID articleId,
        String language,
        String title,
        String text,
        String ocrOriginal,
        List<String> keywords,
        BlockStatus status,
        @Schema(description = "How garbled the text is: 0 clean to 1 OCR garbage") Double garbleScore,
        @Schema(description = "Cut off at the top or bottom of the page it was printed on") boolean incomplete,
        UUID pageId,
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    public static AbstractView of(ArticleAbstract summary) {
        return new AbstractView(summary.id, summary.article.id, summary.language, summary.title, summary.text,
                summary.ocrOriginal, List.copyOf(summary.keywords), summary.status, summary.garbleScore, summary.incomplete,
                summary.page == null ? null : summary.page.id, summary.createdAt, summary.updatedAt, summary.version);
    }
}
