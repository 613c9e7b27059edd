package org.emend.ocr.text;

/**
 * One line of the input exactly as read: its text without the line break, and the break
 * itself ({@code "\n"}, {@code "\r\n"}, {@code "\r"}, or nothing at the end of the input), so
 * that lines joined back give the input character for character.
 *
 * @param number 1-based line number in the whole input
 * @param offset character offset of the line's first character in the whole input
 */
public record Line(int number, int offset, String text, String terminator) {

    public boolean isBlank() {
        return text.isBlank();
    }

    public String trimmed() {
        return text.strip();
    }

    /** The line as it stood in the input, break included. */
    public String raw() {
        return text + terminator;
    }

    public int end() {
        return offset + text.length() + terminator.length();
    }
}
