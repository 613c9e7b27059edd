package org.emend.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.abstracts.AbstractView;
import org.emend.crud.Etags;
import org.emend.crud.Versioned;
import org.emend.footnote.FootnoteView;
import org.emend.page.PageView;
import org.emend.section.SectionView;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as the API shows it; its pages, sections, footnotes and abstracts are embedded
 * when asked for with {@code include}.
 */
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
        Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=pages") List<PageView> pages,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=sections") List<SectionView> sections,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=footnotes") List<FootnoteView> footnotes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=abstracts") List<AbstractView> abstracts)
        implements
            Versioned {

    static ArticleView of(Article article) {
        return new ArticleView(article.id, article.issue.id, article.title, article.englishTitle,
                List.copyOf(article.authors), article.language, article.firstPage, article.lastPage, article.status,
                article.abstractOnly, article.importId, article.createdAt, article.updatedAt, article.version, null, null,
                null, null);
    }

    /**
     * The entity tag: the article's version, and when parts are embedded, a digest of every
     * embedded record's id and version too, so a change to any of them changes the tag.
     */
    @JsonIgnore
    String entityTag() {
        return entityTag(version, pages, sections, footnotes, abstracts);
    }

    /** The same tag from the versions alone (a part not embedded is null). */
    static String entityTag(long version, List<? extends Versioned> pages, List<? extends Versioned> sections,
            List<? extends Versioned> footnotes, List<? extends Versioned> abstracts) {
        if (pages == null && sections == null && footnotes == null && abstracts == null) {
            return Etags.of(version);
        }
        StringBuilder parts = new StringBuilder();
        for (List<? extends Versioned> part : Arrays.asList(pages, sections, footnotes, abstracts)) {
            parts.append('|');
            if (part != null) {
                part.forEach(record -> parts.append(record.id()).append(':').append(record.version()).append(','));
            }
        }
        return Etags.of(version) + "-" + Etags.digest(parts.toString());
    }

    ArticleView with(List<PageView> pages, List<SectionView> sections, List<FootnoteView> footnotes,
            List<AbstractView> abstracts) {
        return new ArticleView(id, issueId, title, englishTitle, authors, language, firstPage, lastPage, status, abstractOnly,
                importId, createdAt, updatedAt, version, pages, sections, footnotes, abstracts);
    }
}
