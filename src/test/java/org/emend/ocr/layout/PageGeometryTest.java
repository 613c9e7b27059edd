package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.emend.ocr.lines.OcrLine;
import org.junit.jupiter.api.Test;

class PageGeometryTest {

    private static final int HEIGHT = 3508;

    @Test
    void shouldFindTheHeadTheNotesAndTheParagraphs() {
        List<OcrLine> lines = new ArrayList<>();
        lines.add(line(300, 140, 34)); // running head
        lines.add(line(300, 330, 56)); // heading, larger
        lines.add(line(400, 440, 47)); // indented paragraph start
        lines.add(line(300, 520, 47));
        lines.add(line(300, 600, 47));
        lines.add(line(300, 2750, 36)); // notes, smaller, far below
        lines.add(line(300, 2810, 36));
        PageGeometry geometry = PageGeometry.of(lines, HEIGHT);
        assertThat(geometry.headLines()).isEqualTo(1);
        assertThat(geometry.footLines()).isZero();
        assertThat(geometry.noteZoneStart()).isEqualTo(5);
        assertThat(geometry.paragraphStarts()).containsExactly(2);
    }

    @Test
    void shouldTakeNoBandOrNotesWithoutTheWhiteSpaceThatSetsThemApart() {
        List<OcrLine> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(line(300, 100 + i * 55, i >= 55 ? 36 : 47));
        }
        PageGeometry geometry = PageGeometry.of(lines, HEIGHT);
        assertThat(geometry.headLines()).isZero();
        // Smaller lines running on from the body with no gap are not notes
        assertThat(geometry.noteZoneStart()).isEqualTo(60);
    }

    @Test
    void shouldKeepATitleAtTheTopOfThePageInTheText() {
        List<OcrLine> lines = new ArrayList<>(List.of(line(300, 300, 47), line(300, 420, 47), line(300, 500, 47)));
        assertThat(PageGeometry.of(lines, HEIGHT).headLines()).isZero();
    }

    @Test
    void shouldTakeAFootLineBelowAGap() {
        List<OcrLine> lines = new ArrayList<>(List.of(line(300, 500, 47), line(300, 560, 47), line(1200, 3300, 34)));
        PageGeometry geometry = PageGeometry.of(lines, HEIGHT);
        assertThat(geometry.footLines()).isEqualTo(1);
        assertThat(geometry.noteZoneStart()).isEqualTo(2);
    }

    @Test
    void shouldTakeAHeadSetAsLargeAsTheTextWhenTheIssueStandsBesideTheJournal() {
        List<OcrLine> lines = new ArrayList<>();
        // An abstracts page: the journal and the issue side by side over English text of the same size
        lines.add(new OcrLine("国际问题研究", 1010, 185, 1228, 220, 95.0));
        lines.add(new OcrLine("2024年第6期", 1270, 185, 1472, 220, 94.0));
        for (int i = 0; i < 20; i++) {
            lines.add(new OcrLine("In recent years, climate finance has become a focal", 300, 330 + i * 50, 1200, 365 + i * 50,
                    95.0));
        }

        PageGeometry geometry = PageGeometry.of(lines, HEIGHT);

        assertThat(geometry.headLines()).isEqualTo(2);
    }

    @Test
    void shouldTakeAHeadAsLargeAsTheTextWhenAnEngineReadTheIssueBesideItAsSoup() {
        List<OcrLine> lines = new ArrayList<>();
        // The same page read without the Chinese model: the year runs on into the issue
        lines.add(new OcrLine("Elna) OT Fe", 1010, 185, 1228, 220, 61.0));
        lines.add(new OcrLine("20244 Si 6H", 1270, 185, 1472, 220, 58.0));
        for (int i = 0; i < 20; i++) {
            lines.add(new OcrLine("In recent years, climate finance has become a focal", 300, 330 + i * 50, 1200, 365 + i * 50,
                    95.0));
        }

        assertThat(PageGeometry.of(lines, HEIGHT).headLines()).isEqualTo(2);
    }

    @Test
    void shouldMeasureTheHeadAgainstTheTextOnAPageThatIsMostlyNotes() {
        List<OcrLine> lines = new ArrayList<>();
        lines.add(line(900, 185, 35)); // the running head, a size below the text
        lines.add(line(300, 425, 46)); // the last line of a paragraph
        for (int i = 0; i < 9; i++) {
            lines.add(line(300, 2800 + i * 45, 35)); // notes, the size of the head
        }

        assertThat(PageGeometry.of(lines, HEIGHT).headLines()).isEqualTo(1);
    }

    /** An abstracts page is set small: the distributor's notice under it is no smaller, and still furniture. */
    @Test
    void shouldTakeADistributorsNoticeAsLargeAsTheTextIntoTheFoot() {
        List<OcrLine> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(line(300, 300 + i * 60, 29));
        }
        lines.add(new OcrLine("199", 1214, 3308, 1267, 3334, 96.0));
        lines.add(new OcrLine(
                "© 1994-2025 China Academic Journal Electronic Publishing House. All rights reserved. http://www.cnki.net",
                594, 3413, 1887, 3442, 89.0));

        PageGeometry geometry = PageGeometry.of(lines, HEIGHT);

        assertThat(geometry.footLines()).isEqualTo(2);
    }

    private static OcrLine line(int left, int top, int height) {
        return new OcrLine("line", left, top, 2100, top + height, 90.0);
    }
}
