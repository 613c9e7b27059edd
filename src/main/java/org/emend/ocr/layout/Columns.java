package org.emend.ocr.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.emend.ocr.lines.OcrLine;

/**
 * Reading order on a page set in two columns (an issue's English abstracts page, say), from where
 * the lines stand: a page is in columns when many of its lines are narrower than half the page and
 * start right of its middle. Lines that span the page (a title) cut it into bands; within a band
 * the left column is read before the right, each from top to bottom.
 */
public final class Columns {

    /** A line is in the right column when it starts past this share of the page's width. */
    private static final double RIGHT = 0.45;
    /** Lines wider than this share of the page span both columns. */
    private static final double SPANNING = 0.6;
    /** Below this share of right-column lines, a page is read as one column. */
    private static final double MIN_RIGHT_SHARE = 0.25;

    private Columns() {
    }

    /** The lines in reading order: as they are for a single column, else band by band, left column first. */
    public static List<OcrLine> order(List<OcrLine> lines, int pageWidth) {
        if (lines.size() < 4 || pageWidth <= 0) {
            return lines;
        }
        long right = lines.stream().filter(line -> line.left() > RIGHT * pageWidth).count();
        if (right < MIN_RIGHT_SHARE * lines.size()) {
            return lines;
        }
        List<OcrLine> byTop = new ArrayList<>(lines);
        byTop.sort(Comparator.comparingInt(OcrLine::top));
        List<OcrLine> ordered = new ArrayList<>();
        List<OcrLine> left = new ArrayList<>();
        List<OcrLine> rightColumn = new ArrayList<>();
        for (OcrLine line : byTop) {
            if (line.right() - line.left() > SPANNING * pageWidth) {
                flush(ordered, left, rightColumn);
                ordered.add(line);
            } else if (line.left() > RIGHT * pageWidth) {
                rightColumn.add(line);
            } else {
                left.add(line);
            }
        }
        flush(ordered, left, rightColumn);
        return ordered;
    }

    private static void flush(List<OcrLine> ordered, List<OcrLine> left, List<OcrLine> right) {
        ordered.addAll(left);
        ordered.addAll(right);
        left.clear();
        right.clear();
    }
}
