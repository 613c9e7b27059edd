package org.emend.draft;

import org.emend.block.BlockKind;
import org.emend.ocr.ParsedAbstract;
import org.emend.ocr.ParsedNote;
import org.emend.ocr.ParsedSection;

/**
 * A block as an OCR run read it, after structure recovery: its kind, and what the block would say.
 *
 * @param level a section's heading level, 0 for other kinds
 * @param heading a section's heading, or {@code null}
 * @param marker a footnote's printed marker, or {@code null}
 * @param language a footnote's language, or {@code null}
 */
public record DraftedBlock(BlockKind kind, int level, String heading, String text, String marker, String language) {

    static DraftedBlock of(ParsedSection section) {
        return new DraftedBlock(BlockKind.SECTION, section.level(), section.heading(), section.text(), null, null);
    }

    static DraftedBlock of(ParsedNote note) {
        return new DraftedBlock(BlockKind.FOOTNOTE, 0, null, note.text(), note.marker(), note.language());
    }

    static DraftedBlock of(ParsedAbstract summary) {
        return new DraftedBlock(BlockKind.ABSTRACT, 0, null, summary.text(), null, null);
    }
}
