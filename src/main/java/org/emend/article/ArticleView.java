package org.emend.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.crud.Versioned;

/** An article as the API shows it; {@code contents.ArticleWithParts} embeds its parts. */
@Schema(name = "Article")
public record ArticleView(
        UUID id,
        UUID issueId,
        String title,
        String englishTitle,
        List<Author> authors,
        String language,
        String firstPage,
        String lastPage,
        ArticleStatus status,
        @Schema(description = "Known only from its abstract on another article's abstracts page") boolean abstractOnly,
        @Schema(description = "The OCR import that created it") UUID importId,
        Instant createdAt,
        Instant updatedAt,
        Long version)
        implements
            Versioned {

    public static ArticleView of(Article article) {
        return new ArticleView(article.id, article.issue.id, article.title, article.englishTitle,
                List.copyOf(article.authors), article.language, article.firstPage, article.lastPage, article.status,
                article.abstractOnly, article.importId, article.createdAt, article.updatedAt, article.version);
    }
}
