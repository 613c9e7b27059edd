package org.emend.ocr;

import java.util.List;

import org.emend.ocr.layout.PageSplit;
import org.emend.ocr.text.DecodedText;
import org.emend.ocr.title.TitleBlock;

/** Everything the pipeline recovered from one dump, ready to be stored. */
public record ParsedDump(DecodedText decoded, String language, PageSplit split, List<ParsedPage> pages,
        List<ParsedSection> sections, List<ParsedNote> notes, List<ParsedAbstract> abstracts, boolean structureRecognised,
        ImportReport report, TitleBlock titleBlock) {
}
