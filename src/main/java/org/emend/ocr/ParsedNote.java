package org.emend.ocr;

import java.util.List;

import org.emend.ocr.notes.Citation;

/** A footnote: where it stands, its marker as printed, its text joined and repaired, its citations. */
public record ParsedNote(int pageIndex, int numberOnPage, String marker, String language, String text, String ocrOriginal,
        List<Citation> citations, double garbleScore) {
}
