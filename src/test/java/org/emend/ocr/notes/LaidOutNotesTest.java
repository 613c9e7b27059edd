package org.emend.ocr.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedDump;
import org.emend.ocr.lines.OcrLine;
import org.junit.jupiter.api.Test;

/** A scanned page whose notes the engine boxed as tall as the text: their text still tells them. */
class LaidOutNotesTest {

    private static final int HEIGHT = 3508;

    @Test
    void shouldFindNotesTheLinesSizesDoNotSetApart() {
        List<OcrLine> lines = new ArrayList<>();
        lines.add(new OcrLine("044 国际问题研究 2025年第3期", 300, 140, 1400, 175, 95.0));
        for (int i = 0; i < 30; i++) {
            lines.add(new OcrLine("总体而言，关键矿产领域的国际合作面临碎片化的风险。为此，各方需要在竞争中寻找合作的空间。", 300,
                    330 + i * 75, 2180, 370 + i * 75, 95.0));
        }
        lines.add(new OcrLine("① 参见张婷：《能源安全研究》，社会科学文献出版社2020年版，第166页。", 300, 2800, 2100, 2840, 95.0));
        lines.add(new OcrLine(
                "② Melissa Barbanell, “Energy cooperation market strategy,” January 9, 2022, https://www.iea.org/", 300,
                2850, 2170, 2890, 95.0));
        lines.add(new OcrLine("reports/cooperation-supply-policy.", 300, 2900, 900, 2940, 95.0));

        ParsedDump parsed = OcrParser.parsePages(List.of(new OcrParser.LaidOutPage(lines, HEIGHT)), ImportOptions.defaults(),
                true);

        assertThat(parsed.notes()).hasSize(2);
        assertThat(parsed.notes().get(1).citations()).flatExtracting(citation -> citation.urls()).extracting(CitedUrl::url)
                .containsExactly("https://www.iea.org/reports/cooperation-supply-policy");
    }
}
