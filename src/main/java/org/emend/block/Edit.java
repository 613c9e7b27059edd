package org.emend.block;

import java.util.UUID;

/**
 * Why a block changes, for its revision: the editor's comment, the changeset it belongs to,
 * the revision it restores when it is a revert, and the OCR run whose text it puts in.
 */
public record Edit(String comment, UUID changesetId, UUID revertsId, UUID ocrRunId) {

    public Edit(String comment, UUID changesetId, UUID revertsId) {
        this(comment, changesetId, revertsId, null);
    }

    /** Puts in the text an OCR run read. */
    public static Edit fromOcr(String comment, UUID ocrRunId) {
        return new Edit(comment, null, null, ocrRunId);
    }

    public static Edit commented(String comment) {
        return new Edit(comment, null, null);
    }
}
