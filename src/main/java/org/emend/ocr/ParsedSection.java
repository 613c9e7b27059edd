package org.emend.ocr;

/** The part of a section printed on one page ({@code pageIndex} is 0-based). */
public record ParsedSection(int pageIndex, int level, String heading, String text, String ocrOriginal,
        boolean continuesPrevious, double garbleScore) {
}
