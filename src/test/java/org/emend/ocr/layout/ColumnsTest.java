package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.emend.ocr.lines.OcrLine;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static final int WIDTH = 2100;

    @Test
    void shouldReadTheLeftColumnBeforeTheRightBandByBand() {
        List<OcrLine> acrossTheColumns = List.of(line("Title spanning the page", 200, 100, 1900), line("L1", 200, 200, 1000),
                line("R1", 1100, 200, 1900), line("L2", 200, 260, 1000), line("R2", 1100, 260, 1900),
                line("Another title across", 200, 400, 1900), line("L3", 200, 500, 1000), line("R3", 1100, 500, 1900));

        assertThat(Columns.order(acrossTheColumns, WIDTH)).extracting(OcrLine::text).containsExactly("Title spanning the page",
                "L1", "L2", "R1", "R2", "Another title across", "L3", "R3");
    }

    @Test
    void shouldLeaveASingleColumnAsItIs() {
        List<OcrLine> single = List.of(line("a", 200, 100, 1900), line("b", 200, 160, 1900), line("c", 260, 220, 1200),
                line("d", 200, 280, 1900), line("e (a number at the right)", 1700, 340, 1900));

        assertThat(Columns.order(single, WIDTH)).isEqualTo(single);
    }

    private static OcrLine line(String text, int left, int top, int right) {
        return new OcrLine(text, left, top, right, top + 40, null);
    }
}
