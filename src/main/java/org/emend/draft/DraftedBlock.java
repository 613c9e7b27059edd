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
 * @param garbleScore its score, the engine's doubt about what it read included
 */
public record DraftedBlock(BlockKind kind, int level, String heading, String text, String marker, String language,
        double garbleScore) {

    static DraftedBlock of(ParsedSection section) {
        return new DraftedBlock(BlockKind.SECTION, section.level(), section.heading(), section.text(), null, null,
                section.garbleScore());
    }

    static DraftedBlock of(ParsedNote note) {
        return new DraftedBlock(BlockKind.FOOTNOTE, 0, null, note.text(), note.marker(), note.language(), note.garbleScore());
    }

    static DraftedBlock of(ParsedAbstract summary) {
        return new DraftedBlock(BlockKind.ABSTRACT, 0, null, summary.text(), null, null, summary.garbleScore());
    }
}
