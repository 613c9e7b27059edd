package org.emend.ocr.body;

/**
 * A section heading found in the body: its level (1 一、, 2 （一）, 3 1.), the heading as
 * printed (numbering included), and where the body text after it begins on its line.
 *
 * @param bodyStart offset in the heading's last line where body text begins, or -1 when the
 *        heading has the line(s) to itself
 */
public record Heading(int level, String text, int lineCount, int bodyStart) {
}
