package org.emend.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.emend.ocr.lines.Hocr;
import org.junit.jupiter.api.Test;

/**
 * Structure recovered from a page Tesseract read ({@code chi_sim+eng}, 300 dpi, kept as hOCR): the
 * running head and its number from the top band, headings from their size, the notes from their
 * smaller type below the body, the garbled note references numbered again.
 */
class OcrPageTest {

    private static final Hocr.Page PAGE = Hocr.read(fixture("/ocr/article-page.hocr"));
    private static final ParsedDump DUMP = OcrParser.parseLines(PAGE.lines(), PAGE.height(),
            new ImportOptions("UTF-8", "zh", null, List.of(), 10));

    @Test
    void shouldTakeTheRunningHeadAndItsNumberFromTheTopBand() {
        assertThat(DUMP.pages()).hasSize(1);
        assertThat(DUMP.pages().get(0).printedNumber()).isEqualTo("044");
        assertThat(DUMP.pages().get(0).furniture().runningHead()).isEqualTo("国际问题研究2025年第3期");
        assertThat(DUMP.sections()).noneMatch(section -> section.text().contains("国际问题研究2025"));
    }

    @Test
    void shouldFindHeadingsByTheirSizeAndLevel() {
        assertThat(DUMP.sections()).hasSize(2);
        assertThat(DUMP.sections().get(0).level()).isEqualTo(1);
        assertThat(DUMP.sections().get(0).heading()).endsWith("键矿产与供应链安全");
        assertThat(DUMP.sections().get(1).level()).isEqualTo(2);
        // The engine's Latin brackets are the page's full-width ones again
        assertThat(DUMP.sections().get(1).heading()).isEqualTo("（一）美国的政策调整");
        assertThat(DUMP.sections().get(1).text()).startsWith("美国政府认为").endsWith("产生了深远影响。");
    }

    @Test
    void shouldSplitTheNotesAndNumberTheirGarbledMarkersAgain() {
        assertThat(DUMP.notes()).extracting(ParsedNote::marker).containsExactly("①", "②");
        assertThat(DUMP.notes().get(0).text()).isEqualTo("参见张明：《关键矿产与大国竞争》，载《国际问题研究》2024年第2期，第15页。");
        assertThat(DUMP.notes().get(1).text()).startsWith("U.S. Department of Energy, Critical Materials Assessment");
        assertThat(DUMP.sections().get(0).text()).endsWith("提升到国家安全的高度。①");
        assertThat(DUMP.sections().get(1).text()).contains("减少风险。②这一做法");
    }

    /** Clean-looking text the engine was unsure of still scores as worth an editor's look. */
    @Test
    void shouldWeighTheEnginesDoubtInTheGarbleScore() {
        java.util.function.Function<Double, ParsedDump> readWith = confidence -> OcrParser.parseLines(
                PAGE.lines().stream().map(line -> new org.emend.ocr.lines.OcrLine(line.text(), line.left(), line.top(),
                        line.right(), line.bottom(), confidence)).toList(),
                PAGE.height(), new ImportOptions("UTF-8", "zh", null, List.of(), 10));
        assertThat(readWith.apply(95.0).sections().get(0).garbleScore()).isLessThan(0.1);
        assertThat(readWith.apply(40.0).sections().get(0).garbleScore()).isGreaterThan(0.8);
        assertThat(readWith.apply(40.0).notes().get(0).garbleScore()).isGreaterThan(0.8);
        // Without confidences (a PDF's text layer) the text alone decides
        assertThat(readWith.apply(null).sections().get(0).garbleScore()).isLessThan(0.1);
    }

    private static String fixture(String path) {
        try (InputStream in = OcrPageTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
