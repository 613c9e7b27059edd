package org.emend.block;

import java.util.UUID;

/**
 * What the inputs of every kind of block share: the text and its OCR original, a status asked for,
 * the page, a comment for history; a heading and a place in the reading order for kinds that have one.
 */
public interface BlockInput {

    String text();

    /** The text as OCR'd, set on creation; the text when {@code null}. */
    String ocrOriginal();

    BlockStatus status();

    UUID pageId();

    String comment();

    default String heading() {
        return null;
    }

    /** The place in the article's reading order asked for, for kinds that have one; {@code null}: as it is, or last. */
    default Integer ordinal() {
        return null;
    }
}
