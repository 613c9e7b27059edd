package org.emend.ocr;

import java.util.List;

/**
 * What an import found and how sure it is: counts per kind, how the pages were split, where
 * every line of the input went, and a warning for anything an editor should look at
 * (nothing is dropped silently: a line that went nowhere is listed here).
 */
public record ImportReport(
        String charset,
        boolean charsetDetected,
        String language,
        PageSplitting pageSplit,
        Counts counts,
        LineAccount lines,
        boolean structureRecognised,
        List<Warning> warnings,
        long milliseconds) {

    /** @param method form-feed, inferred or single-page */
    public record PageSplitting(String method, double confidence, String explanation) {
    }

    public record Counts(int pages, int printedNumbersFound, int printedNumbersInferred, int sections, int headings,
            int footnotes, int footnotesWithCitations, int abstracts, int incompleteAbstracts) {
    }

    /**
     * Where each input line went; {@code titleBlock}: the article's title, authors and labelled
     * fields above its text; {@code leftover} lines are also listed as warnings.
     */
    public record LineAccount(int total, int body, int footnotes, int markerLines, int abstracts, int titleBlock,
            int furniture, int leftover) {
    }

    /** @param line the input line (1-based), when the warning is about one */
    public record Warning(Integer line, Integer page, String message) {
    }

    public ImportReport withMilliseconds(long total) {
        return new ImportReport(charset, charsetDetected, language, pageSplit, counts, lines, structureRecognised, warnings,
                total);
    }
}
