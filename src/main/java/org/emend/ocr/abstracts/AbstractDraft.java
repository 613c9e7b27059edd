package org.emend.ocr.abstracts;

import java.util.List;

import org.emend.ocr.text.Line;

/**
 * An English abstract recovered from an abstracts page: title, authors, text and keywords
 * joined into prose, and whether it was cut off at the top or the bottom of the page.
 */
public record AbstractDraft(int pageIndex, String title, List<String> authors, String text, List<String> keywords,
        boolean cutOffAtStart, boolean cutOffAtEnd, List<Line> lines) {

    public boolean incomplete() {
        return cutOffAtStart || cutOffAtEnd;
    }

    public String ocrOriginal() {
        StringBuilder raw = new StringBuilder();
        lines.forEach(line -> raw.append(line.raw()));
        return raw.toString();
    }
}
