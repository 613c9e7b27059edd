package org.emend.ocr.notes;

import java.util.ArrayList;
import java.util.List;

import org.emend.ocr.text.Line;

/** A footnote as found on the page: its lines as printed and its marker, before it is parsed. */
public final class NoteDraft {

    private final List<Line> lines = new ArrayList<>();
    private String marker;
    private final int pageIndex;

    NoteDraft(int pageIndex, String marker) {
        this.pageIndex = pageIndex;
        this.marker = marker;
    }

    void add(Line line) {
        lines.add(line);
    }

    void addAll(List<Line> more) {
        lines.addAll(more);
    }

    public List<Line> lines() {
        return lines;
    }

    public String marker() {
        return marker;
    }

    void marker(String detached) {
        this.marker = detached;
    }

    /** The page (0-based) the note starts on. */
    public int pageIndex() {
        return pageIndex;
    }

    /** The printed lines, blank lines inside the note included, exactly as read. */
    public String ocrOriginal() {
        StringBuilder raw = new StringBuilder();
        lines.forEach(line -> raw.append(line.raw()));
        return raw.toString();
    }

    /** The note's non-blank lines, the marker taken off the first. */
    public List<String> textLines() {
        List<String> texts = new ArrayList<>();
        boolean first = true;
        for (Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text().strip();
            if (first && marker != null && text.startsWith(marker.strip())) {
                text = text.substring(marker.strip().length()).strip();
            }
            first = false;
            texts.add(text);
        }
        return texts;
    }

    public Line lastLine() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return lines.get(lines.size() - 1);
    }
}
