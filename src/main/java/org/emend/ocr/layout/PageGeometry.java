package org.emend.ocr.layout;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.emend.ocr.lines.OcrLine;

/**
 * A page's layout read from where its lines stand, as an OCR engine boxed them, rather than
 * guessed from their text: the running head is the top band set apart by white space, the foot
 * line the bottom band, and the footnotes the lines at the page's foot set smaller than the body.
 *
 * @param headLines how many of the first lines are the head (running head, printed number)
 * @param footLines how many of the last lines are the foot
 * @param noteZoneStart index of the first footnote line, or the index after the body when there
 *        are none
 * @param paragraphStarts indexes of the body lines that open a paragraph: set larger than the
 *        body (a heading), following such a line, or indented
 */
public record PageGeometry(int headLines, int footLines, int noteZoneStart, Set<Integer> paragraphStarts) {

    /** The head and foot bands: a tenth of the page at the top, a twelfth at the bottom. */
    private static final double HEAD_BAND = 0.10;
    private static final double FOOT_BAND = 1 - 1.0 / 12;
    private static final int MAX_BAND_LINES = 3;
    /** Footnotes are set a size or two below the body: under this share of its line height. */
    private static final double NOTE_HEIGHT = 0.86;
    private static final double FURNITURE_HEIGHT = 0.9;
    private static final Pattern EDGE_NUMBER = Pattern.compile("^\\d{1,4}(?![\\d年月日期卷号])|(?<![\\dA-Za-z第])\\d{1,4}$");
    /** Headings are set larger: over this share of the body's line height. */
    private static final double HEADING_HEIGHT = 1.12;

    /** The layout of {@code lines}, in reading order, on a page {@code pageHeight} pixels high. */
    public static PageGeometry of(List<OcrLine> lines, int pageHeight) {
        int n = lines.size();
        if (n == 0 || pageHeight <= 0) {
            return new PageGeometry(0, 0, n, Set.of());
        }
        double body = bodyHeight(lines);
        // On a page that is mostly footnotes the median line is a note's: the head is measured against the text above them
        double aboveNotes = Math.max(body, bodyHeight(lines.stream().filter(line -> line.top() < pageHeight / 2).toList()));
        int head = 0;
        while (head < Math.min(n - 1, MAX_BAND_LINES) && lines.get(head).bottom() < HEAD_BAND * pageHeight) {
            head++;
        }
        // A band is set apart from the text by white space, and set small or numbered: else it is a title.
        // A head on one line with the number or the issue beside it (journal left, issue right) is furniture as a whole.
        if (head > 0 && (gap(lines, head - 1) < body
                || !lines.subList(0, head).stream().allMatch(line -> furniture(line, aboveNotes))
                        && !(sideBySide(lines.subList(0, head)) && lines.subList(0, head).stream()
                                .anyMatch(line -> numbered(line) || Furniture.namesIssue(line.text()))))) {
            head = 0;
        }
        int foot = 0;
        while (foot < Math.min(n - head - 1, MAX_BAND_LINES) && lines.get(n - 1 - foot).top() > FOOT_BAND * pageHeight) {
            foot++;
        }
        if (foot > 0 && (gap(lines, n - 1 - foot) < body
                || !lines.subList(n - foot, n).stream().allMatch(line -> furniture(line, body)))) {
            foot = 0;
        }
        int end = n - foot;
        int zone = end;
        while (zone > head && height(lines.get(zone - 1)) < NOTE_HEIGHT * body) {
            zone--;
        }
        // Notes sit at the foot of the page, apart from the body by the note rule's white space
        boolean notes = zone < end && zone > head && gap(lines, zone - 1) >= body
                && lines.get(zone).top() > pageHeight / 2;
        int bodyEnd = notes ? zone : end;
        return new PageGeometry(head, foot, bodyEnd, paragraphStarts(lines.subList(0, bodyEnd), head, body));
    }

    private static Set<Integer> paragraphStarts(List<OcrLine> lines, int first, double body) {
        Set<Integer> starts = new TreeSet<>();
        int margin = lines.subList(first, lines.size()).stream().mapToInt(OcrLine::left).min().orElse(0);
        for (int i = first + 1; i < lines.size(); i++) {
            OcrLine line = lines.get(i);
            if (height(line) > HEADING_HEIGHT * body || height(lines.get(i - 1)) > HEADING_HEIGHT * body
                    || line.left() - margin >= body) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * Whether a line in a band looks like furniture: smaller than the body, carrying a page number at an end, or a
     * distributor's notice (as large as the text on a page set small, the issue's abstracts).
     */
    private static boolean furniture(OcrLine line, double body) {
        return height(line) < FURNITURE_HEIGHT * body || numbered(line) || PageEdges.namesDistributor(line.text());
    }

    private static boolean numbered(OcrLine line) {
        return EDGE_NUMBER.matcher(line.text().strip()).find();
    }

    /** Whether the lines stand side by side, on one line of the page. */
    private static boolean sideBySide(List<OcrLine> lines) {
        int top = lines.stream().mapToInt(OcrLine::top).max().orElse(0);
        int bottom = lines.stream().mapToInt(OcrLine::bottom).min().orElse(0);
        return top < bottom;
    }

    /** The body's line height: the median of the lines' heights. */
    private static double bodyHeight(List<OcrLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int[] heights = lines.stream().mapToInt(PageGeometry::height).sorted().toArray();
        return heights[heights.length / 2];
    }

    private static int height(OcrLine line) {
        return line.bottom() - line.top();
    }

    /** White space between line {@code i} and the next. */
    private static int gap(List<OcrLine> lines, int i) {
        return lines.get(i + 1).top() - lines.get(i).bottom();
    }
}
