package org.emend.article.contents;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.abstracts.AbstractView;
import org.emend.article.ArticleView;
import org.emend.crud.Etags;
import org.emend.crud.Versioned;
import org.emend.footnote.FootnoteView;
import org.emend.page.PageView;
import org.emend.section.SectionView;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An article as the API shows it, with the pages, sections, footnotes and abstracts asked for with {@code include}. */
@Schema(name = "ArticleWithParts")
public record ArticleWithParts(
        @JsonUnwrapped ArticleView article,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=pages") List<PageView> pages,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=sections") List<SectionView> sections,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=footnotes") List<FootnoteView> footnotes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With include=abstracts") List<AbstractView> abstracts)
        implements
            Versioned {

    @Override
    public UUID id() {
        return article.id();
    }

    @Override
    public Long version() {
        return article.version();
    }

    /**
     * The entity tag: the article's version, and when parts are embedded, a digest of every
     * embedded record's id and version too, so a change to any of them changes the tag.
     */
    @JsonIgnore
    String entityTag() {
        return entityTag(article.version(), pages, sections, footnotes, abstracts);
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
}
