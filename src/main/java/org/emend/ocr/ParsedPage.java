package org.emend.ocr;

import java.util.List;

import org.emend.ocr.layout.Furniture;
import org.emend.ocr.text.Line;
import org.emend.ocr.text.Lines;

/** A page as the importer found it: its exact lines, its furniture and its printed number. */
public record ParsedPage(int sequence, List<Line> lines, Furniture furniture, String printedNumber,
        boolean printedNumberInferred, double garbleScore) {

    public String ocrOriginal() {
        return Lines.join(lines);
    }
}
