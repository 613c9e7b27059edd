package org.emend.ocr.body;

import java.util.ArrayList;
import java.util.List;

import org.emend.ocr.text.Line;

/**
 * The part of a section printed on one page, as the builder collects it: its heading (none
 * when it carries on the section from the page before), paragraphs, and printed lines.
 */
public final class SectionDraft {

    private final int pageIndex;
    private final int level;
    private final String heading;
    private final boolean continuesPrevious;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    SectionDraft(int pageIndex, int level, String heading, boolean continuesPrevious) {
        this.pageIndex = pageIndex;
        this.level = level;
        this.heading = heading;
        this.continuesPrevious = continuesPrevious;
    }

    void addParagraph(String text) {
        if (!text.isBlank()) {
            paragraphs.add(text);
        }
    }

    void addLine(Line line) {
        lines.add(line);
    }

    public int pageIndex() {
        return pageIndex;
    }

    public int level() {
        return level;
    }

    public String heading() {
        return heading;
    }

    public boolean continuesPrevious() {
        return continuesPrevious;
    }

    /** The body text: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public List<Line> lines() {
        return lines;
    }

    public String ocrOriginal() {
        StringBuilder raw = new StringBuilder();
        lines.forEach(line -> raw.append(line.raw()));
        return raw.toString();
    }
}
