package org.emend.console.editor;

import java.util.List;
import java.util.UUID;

import org.emend.block.BlockKind;
import org.emend.history.Diffs;

/**
 * One block as the page editor's form shows it: what the editor edits, what the OCR read, and,
 * after a failed save, the editor's own text with the reason (a conflict, an error).
 *
 * @param status the block's stored status
 * @param requested the status the editor asked for in a save that failed, else empty
 * @param marker a footnote's printed marker (empty when the OCR lost it); {@code null} for other blocks
 * @param digest fingerprint of the text the form was rendered with, to tell changed blocks
 */
public record BlockForm(BlockKind kind, UUID id, long version, String label, boolean hasHeading, String heading, String marker,
        String text,
        String status, String requested, int garble, String ocrOriginal, String language, String digest, Conflict conflict,
        String error) {

    /** What someone else saved meanwhile, and how it differs from the editor's text. */
    public record Conflict(long theirVersion, String theirHeading, String theirText, String theirStatus, String author,
            List<Diffs.Op> diff) {
    }

    public String kindName() {
        return kind.name().toLowerCase();
    }

    /** The block's name in an OCR draft. */
    public String draftKey() {
        return kindName() + ":" + id;
    }

    public String anchor() {
        return kindName() + "-" + id;
    }

    public boolean hasMarker() {
        return marker != null;
    }

    /** One-line blocks (most footnotes) get a small box; the box grows with its text as it is typed. */
    public boolean shortText() {
        return text == null || (text.length() < 160 && text.indexOf('\n') < 0);
    }
}
