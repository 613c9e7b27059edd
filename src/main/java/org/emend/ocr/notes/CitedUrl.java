package org.emend.ocr.notes;

/**
 * A URL found in a citation, repaired where the layout broke it, with a flag where the OCR
 * may have changed a character (I for 1, S for 5) that the text alone cannot settle.
 *
 * @param doubt why the URL looks doubtful, or {@code null}
 */
public record CitedUrl(String url, boolean doubtful, String doubt) {
}
