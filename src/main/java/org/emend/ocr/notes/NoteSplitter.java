package org.emend.ocr.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.emend.ocr.layout.LineFeatures;
import org.emend.ocr.text.Line;

/**
 * Splits a page's footnote zone into notes. A note starts at a marker; or, when the marker
 * was lost, at a citation start (an opening quote, authors' names, a Chinese citation) right
 * after a note that looks finished. Everything else carries on the note before: wrapped
 * lines, URLs broken across lines (even over a blank line). A line of markers alone is
 * matched to the notes that lack theirs.
 */
public final class NoteSplitter {

    private static final Pattern AUTHOR_START = Pattern.compile(
            "^(?:[A-Z][a-z]+\\.?\\s+(?:[A-Z]\\.\\s?)*){1,2}[A-Z][a-zA-Z.]+(?:-[A-Z][a-z]+)?(?:,\\s|\\s+and\\s)");
    private static final Pattern QUOTE_START = Pattern.compile("^[“\"‘]\\s?\\S");
    /** Authors then 《title》 or its garbled form {@code (…), (…)}. */
    private static final Pattern CJK_CITATION_START = Pattern.compile("^.{1,14}?(?:[：:]\\s?)?[《(（C].{1,60}?[》)）]\\s?[,，]");
    private static final Pattern MARKER_TOKEN = Pattern.compile("\\S+");
    private static final Pattern GARBLED_PAGES_END = Pattern.compile("\\d{1,4}\\s?[—–]\\s?\\d{1,4}\\s?\\S{0,3}$");

    private NoteSplitter() {
    }

    /** The result: the notes, and the lines that held only markers. */
    public record Split(List<NoteDraft> notes, List<Line> markerLines) {
    }

    public static Split split(int pageIndex, List<LineFeatures> zone) {
        List<NoteDraft> notes = new ArrayList<>();
        List<Line> markerLines = new ArrayList<>();
        List<String> detachedMarkers = new ArrayList<>();
        List<Line> pendingBlanks = new ArrayList<>();
        NoteDraft current = null;
        LineFeatures previous = null;
        for (LineFeatures line : zone) {
            if (line.isBlank()) {
                pendingBlanks.add(line.line());
                continue;
            }
            if (line.onlyMarkers()) {
                markerLines.add(line.line());
                MARKER_TOKEN.matcher(line.text()).results().forEach(token -> detachedMarkers.add(token.group()));
                if (current != null) {
                    current.addAll(pendingBlanks);
                }
                pendingBlanks.clear();
                previous = line;
                continue;
            }
            boolean starts = current == null || line.marker() != null
                    || (!continuesUrl(previous, line) && finished(current) && looksLikeCitationStart(line.text()))
                    || opensChineseCitation(previous, line);
            if (starts) {
                if (current != null) {
                    // Blank lines between two notes stay with the one before: each original is one run.
                    current.addAll(pendingBlanks);
                }
                current = new NoteDraft(pageIndex, line.marker());
                notes.add(current);
            } else {
                current.addAll(pendingBlanks);
            }
            pendingBlanks.clear();
            current.add(line.line());
            previous = line;
        }
        if (current != null) {
            current.addAll(pendingBlanks);
        }
        attachDetachedMarkers(notes, detachedMarkers);
        return new Split(notes, markerLines);
    }

    /** Markers printed together on a line of their own go to the notes without one, in order. */
    private static void attachDetachedMarkers(List<NoteDraft> notes, List<String> detached) {
        List<NoteDraft> unmarked = notes.stream().filter(note -> note.marker() == null).toList();
        if (!detached.isEmpty() && detached.size() == unmarked.size()) {
            for (int i = 0; i < unmarked.size(); i++) {
                unmarked.get(i).marker(detached.get(i));
            }
        }
    }

    /** Whether a note's text looks complete: it ends with a full stop (or 。，, for Chinese notes), not inside a URL. */
    static boolean finished(NoteDraft note) {
        String last = note.lastLine().text().strip();
        if (last.isEmpty() || last.endsWith("https://") || last.endsWith("www.") || last.endsWith("/") || last.endsWith("-")) {
            return false;
        }
        char end = last.charAt(last.length() - 1);
        // An English-only engine reads the closing 。 as °, » or ©, and the pages cited as digits and junk
        return end == '.' || end == '。' || end == ',' || end == '，' || end == ')' || end == '）' || end == '”' || end == '°'
                || end == '»' || end == '©' || GARBLED_PAGES_END.matcher(last).find();
    }

    /**
     * A line that opens a Chinese citation by its authors and colon ({@code OBE: CHEV AOTIT) , …})
     * starts a note even after one whose end the engine garbled, unless it carries on an address.
     */
    private static boolean opensChineseCitation(LineFeatures previous, LineFeatures line) {
        return previous != null && !previous.endsInsideUrl() && LineFeatures.NAME_AND_COLON.matcher(line.text().strip()).find();
    }

    /** A line that carries on a URL broken at the end of the line before. */
    private static boolean continuesUrl(LineFeatures previous, LineFeatures line) {
        return previous != null && previous.endsInsideUrl() && !line.text().strip().contains(" ");
    }

    /** How a note without its marker begins: an opening quote, authors' names, or a Chinese citation. */
    public static boolean looksLikeCitationStart(String text) {
        String trimmed = text.strip();
        return QUOTE_START.matcher(trimmed).find() || AUTHOR_START.matcher(trimmed).find()
                || CJK_CITATION_START.matcher(trimmed).find() || LineFeatures.NAME_AND_COLON.matcher(trimmed).find();
    }
}
