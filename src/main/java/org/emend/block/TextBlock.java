package org.emend.block;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import org.emend.article.Article;
import org.emend.page.Page;
import org.emend.persistence.GarbleScoreConverter;
import org.emend.persistence.VersionedEntity;

/**
 * A piece of an article's text that editors correct: it keeps the OCR original exactly as
 * imported beside the current text, a status in the correction workflow, and a garble score.
 */
@MappedSuperclass
public abstract class TextBlock extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    public Article article;

    /** The page the block is printed on, or {@code null}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "page_id")
    public Page page;

    @Column(nullable = false)
    public String text;

    @Column(name = "ocr_original", nullable = false, updatable = false)
    public String ocrOriginal;

    @Column(nullable = false)
    public BlockStatus status = BlockStatus.RAW;

    /** How likely the current text is OCR garbage, 0 to 1; recomputed whenever the text changes. */
    @Column(name = "garble_score")
    @Convert(converter = GarbleScoreConverter.class)
    public Double garbleScore;

    /** The OCR run whose text drafted the block, when an engine's reading replaced what was imported. */
    @Column(name = "ocr_run_id")
    public UUID ocrRunId;

    public abstract BlockKind kind();

    public UUID articleId() {
        return article.id;
    }

    public Page page() {
        return page;
    }

    /** The heading, for blocks that have one (sections); {@code null} otherwise. */
    public String heading() {
        return null;
    }

    /** Sets the heading; blocks without one ignore it. */
    public void heading(String heading) {
    }

    /** Sets the marker printed before the block (a footnote's); blocks without one ignore it. */
    public void marker(String marker) {
    }

    /** The block as an editor names it in a list: its kind, its number and what tells it apart. */
    public abstract String label();

    /** Recomputes what derives from the text: the garble score (and a footnote's citations). */
    public abstract void rescore();
}
