package org.emend.block;

/**
 * How long a block's parts may be, declared once for the API's validation and the editor's checks;
 * the schema's CHECK constraints (V1, V3) hold the same numbers, so an over-long text is refused
 * with a clear message before the database would refuse it.
 */
public final class TextLimits {

    /** A section's text and OCR original: a whole run of pages may be one section. */
    public static final int SECTION_TEXT = 1_000_000;
    /** A footnote's or an abstract's text and OCR original. */
    public static final int NOTE_TEXT = 100_000;
    /** A section's heading, an abstract's title. */
    public static final int HEADING = 2_000;
    /** A footnote's marker as printed. */
    public static final int MARKER = 20;
    /** The comment kept with a revision. */
    public static final int COMMENT = 2_000;

    private TextLimits() {
    }

    /** The longest text a block of {@code kind} may have. */
    public static int text(BlockKind kind) {
        return kind == BlockKind.SECTION ? SECTION_TEXT : NOTE_TEXT;
    }
}
