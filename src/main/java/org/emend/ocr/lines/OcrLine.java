package org.emend.ocr.lines;

/** A line as an OCR engine saw it: its text, its box on the page image (pixels), its mean word confidence (0–100). */
public record OcrLine(String text, int left, int top, int right, int bottom, Double confidence) {
}
