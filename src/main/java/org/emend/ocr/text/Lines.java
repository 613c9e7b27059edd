package org.emend.ocr.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s without losing a character, and joins them back. */
public final class Lines {

    private Lines() {
    }

    /** The lines of {@code text}, numbered from {@code firstNumber}, offsets from {@code baseOffset}. */
    public static List<Line> split(String text, int firstNumber, int baseOffset) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = firstNumber;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int breakLength = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                lines.add(new Line(number++, baseOffset + start, text.substring(start, i), text.substring(i, i + breakLength)));
                i += breakLength;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(number, baseOffset + start, text.substring(start), ""));
        }
        return lines;
    }

    public static String join(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.raw()));
        return text.toString();
    }
}
