package org.emend.block;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.emend.persistence.VersionedEntity;

/**
 * A piece of an article's text that editors correct: it keeps the OCR original exactly as
 * imported beside the current text.
 */
@MappedSuperclass
public abstract class TextBlock extends VersionedEntity {

    @Column(nullable = false)
    public String text;

    @Column(name = "ocr_original", nullable = false, updatable = false)
    public String ocrOriginal;

    @Column(nullable = false)
    public BlockStatus status = BlockStatus.RAW;

    /** How likely the current text is OCR garbage, 0 to 1; recomputed whenever the text changes. */
    @Column(name = "garble_score")
    public Double garbleScore;
}
