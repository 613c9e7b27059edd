package org.emend.ocr.layout;

import java.util.List;

import org.emend.ocr.text.Line;

/**
 * The input cut into pages: each page the exact run of input lines it was printed from.
 *
 * @param confidence 0 to 1: how sure the split is (1 for form feeds)
 * @param explanation how the pages were found, in words for the import report
 */
public record PageSplit(List<List<Line>> pages, Method method, double confidence, String explanation) {

    /** How the page starts were found. */
    public enum Method {
        /** Form feeds in the input, as pdftotext and most OCR engines write them. */
        FORM_FEED,
        /** Inferred from the layout: footnote zones ending, page heads, leading spaces. */
        INFERRED,
        /** No page start found: the whole input is one page. */
        SINGLE_PAGE
    }
}
