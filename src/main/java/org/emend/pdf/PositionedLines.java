package org.emend.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.emend.ocr.lines.OcrLine;

/**
 * A page's text layer line by line, each line with its box (in tenths of a point from the page's
 * top left) from its glyphs' positions and font size, as PDFBox lays the text out in reading order.
 * The boxes give the same layout an OCR engine's do: running heads, headings and notes by where
 * they stand and how large they are set.
 */
final class PositionedLines extends PDFTextStripper {

    /** Boxes in tenths of a point: whole numbers, fine enough for type sizes. */
    static final int SCALE = 10;
    /** White space this many times the type size wide parts two columns. */
    private static final float GUTTER = 1.5f;

    private final List<OcrLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -1;
    private float top = Float.MAX_VALUE;
    private float bottom = -1;

    PositionedLines() {
        setSortByPosition(true);
    }

    List<OcrLine> lines() {
        return lines;
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        if (!positions.isEmpty() && right >= 0) {
            TextPosition first = positions.get(0);
            float size = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir();
            if (first.getXDirAdj() - right > GUTTER * size) {
                // A column's gutter, not a word space: the text beyond it is a line of the next column
                writeLineSeparator();
            }
        }
        text.append(string);
        for (TextPosition position : positions) {
            float size = position.getFontSizeInPt() > 0 ? position.getFontSizeInPt() : position.getHeightDir();
            left = Math.min(left, position.getXDirAdj());
            right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
            // The baseline: a line's ascent is about 0.8 of its size above it, the descent 0.2 below
            top = Math.min(top, position.getYDirAdj() - 0.8f * size);
            bottom = Math.max(bottom, position.getYDirAdj() + 0.2f * size);
        }
    }

    @Override
    protected void writeWordSeparator() {
        text.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() {
        if (!text.toString().isBlank() && right >= 0) {
            lines.add(new OcrLine(text.toString().strip(), Math.round(left * SCALE), Math.round(top * SCALE),
                    Math.round(right * SCALE), Math.round(bottom * SCALE), null));
        }
        text.setLength(0);
        left = Float.MAX_VALUE;
        right = -1;
        top = Float.MAX_VALUE;
        bottom = -1;
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        // Paragraphs are told from the boxes, as for an engine's lines
        writeLineSeparator();
    }

    @Override
    protected void writePageEnd() {
        writeLineSeparator();
    }
}
