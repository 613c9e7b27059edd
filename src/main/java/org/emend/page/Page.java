package org.emend.page;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.emend.article.Article;
import org.emend.failure.Failure;
import org.emend.persistence.GarbleScoreConverter;
import org.emend.persistence.VersionedEntity;

/**
 * One printed page of an article as OCR'd. Its OCR original never changes after creation;
 * the furniture found on it (running head, watermark) is kept apart from the text.
 */
@Entity
public class Page extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    public Article article;

    @Column(nullable = false)
    public Integer sequence;

    /** The page number as printed, e.g. {@code 079}. */
    @Column(name = "printed_number")
    public String printedNumber;

    @Column(name = "ocr_original", nullable = false, updatable = false)
    public String ocrOriginal;

    @Column(name = "running_head")
    public String runningHead;

    public String watermark;

    /** True when the printed number was not on the page but follows from its neighbours. */
    @Column(name = "printed_number_inferred", nullable = false)
    public boolean printedNumberInferred;

    @Column(name = "garble_score")
    @Convert(converter = GarbleScoreConverter.class)
    public Double garbleScore;

    public static List<Page> listInArticle(UUID articleId) {
        return list("article.id = ?1 order by sequence", articleId);
    }

    public static boolean sequenceTaken(UUID articleId, int sequence, UUID except) {
        return count("article.id = ?1 and sequence = ?2 and id <> ?3", articleId, sequence, except) > 0;
    }

    public static int nextSequence(UUID articleId) {
        Integer max = find("select max(sequence) from Page where article.id = ?1", articleId).project(Integer.class)
                .firstResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * The page a block of the article refers to through {@code field}: none when
     * {@code pageId} is null, a 422 problem when it is not a page of that article.
     */
    public static Page referencedFrom(UUID articleId, UUID pageId, String field) {
        if (pageId == null) {
            return null;
        }
        Page page = find("id = ?1 and article.id = ?2", pageId, articleId).firstResult();
        if (page == null) {
            throw Failure.invalid(field, "must be the id of a page of the same article");
        }
        return page;
    }
}
