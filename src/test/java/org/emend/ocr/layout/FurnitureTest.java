package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.emend.ocr.text.Line;
import org.emend.ocr.text.Lines;
import org.junit.jupiter.api.Test;

class FurnitureTest {

    private static final String BODY = "总体而言，关键矿产领域的国际合作面临碎片化的风险。为此，各方需要在竞争中寻找合作的空间。";

    @Test
    void shouldReadTheNumberAcrossTheWideGapAnEngineKeepsInAHead() {
        List<Line> page = Lines.split(String.join("\n", "大国竞争背景下日本的稀土供应布局                                             087",
                BODY, BODY), 1, 0);

        Furniture furniture = Furniture.of(page, PageEdges.of(page));

        assertThat(furniture.printedNumber()).isEqualTo("087");
        assertThat(furniture.runningHead()).isEqualTo("大国竞争背景下日本的稀土供应布局");
    }

    @Test
    void shouldReadAHeadOnTwoLinesWithTheNumberAfterTheIssue() {
        List<Line> page = Lines.split(String.join("\n", "国际问题研究", "2020年第3期                                183",
                "The European Union's Semiconductor Supply", "Chains Layout amid Great Power Competition"), 1, 0);

        Furniture furniture = Furniture.of(page, PageEdges.of(page));

        assertThat(furniture.printedNumber()).isEqualTo("183");
        assertThat(furniture.runningHead()).isEqualTo("国际问题研究\n2020年第3期");
        assertThat(furniture.lines()).extracting(Line::text).doesNotContain("The European Union's Semiconductor Supply");
    }

    /** The same in a scan's bands, and the distributor's notice there is the watermark, not a head. */
    @Test
    void shouldTakeTheNumberAloneInAScansBandsOverOneReadAfterTheIssueInTheHead() {
        String notice = "© 1994-2025 China Academic Journal Electronic Publishing House. All rights reserved. http://www.cnki.net";
        List<Line> bands = Lines.split(String.join("\n", "WUE KA 20204 8214", "199", notice), 1, 0);

        Furniture furniture = Furniture.ofBands(bands);

        assertThat(furniture.printedNumber()).isEqualTo("199");
        assertThat(furniture.watermark()).isEqualTo(notice);
        assertThat(furniture.runningHead()).isEqualTo("WUE KA 20204 8214");
    }

    @Test
    void shouldTakeTheNumberAloneAtTheFootOverOneReadAfterTheIssueInTheHead() {
        // 2020年第2期 read without the Chinese model: the issue's own digits end the head
        List<Line> page = Lines.split(String.join("\n", "WUE KA 20204 8214", "", BODY, BODY, "", "199"), 1, 0);

        Furniture furniture = Furniture.of(page, PageEdges.of(page));

        assertThat(furniture.printedNumber()).isEqualTo("199");
        assertThat(furniture.lines()).extracting(Line::text).contains("WUE KA 20204 8214", "199");
    }

    @Test
    void shouldTakeTheNumberAloneAtTheFootOverADigitAmongTheTitlesLettersReadApart() {
        // A title set letter-spaced in a large face, read a letter or two to a line: 2 is no page's number
        List<Line> page = Lines.split(String.join("\n", "FR ak UB BE PEST BT]", "", "NN", "2", "a", "al", "", BODY, BODY, "",
                "023"), 1, 0);

        Furniture furniture = Furniture.of(page, PageEdges.of(page));

        assertThat(furniture.printedNumber()).isEqualTo("023");
        assertThat(furniture.lines()).extracting(Line::text).doesNotContain("2", "NN");
    }

    @Test
    void shouldKeepTheTitleOutOfAHeadThatOpensWithItsNumberThoughADigitStandsUnderIt() {
        // The one author's name read as 2: the head already has its number, 46
        List<Line> page = Lines.split(String.join("\n", "46          国际展望 “2020年第1期", "", "印度新能源汽车政策的演变及其影响", "2",
                "", BODY, BODY), 1, 0);

        Furniture furniture = Furniture.of(page, PageEdges.of(page));

        assertThat(furniture.printedNumber()).isEqualTo("46");
        assertThat(furniture.lines()).extracting(Line::text).doesNotContain("印度新能源汽车政策的演变及其影响", "2");
    }

    @Test
    void shouldDoubtANumberReadAfterTheIssueInTheHead() {
        List<Line> page = Lines.split(String.join("\n", "国际问题研究 2025年第3期 044", "", BODY, BODY), 1, 0);
        List<Line> bands = Lines.split("国际问题研究 2025年第3期 183", 1, 0);

        assertThat(Furniture.of(page, PageEdges.of(page)).numberDoubtful()).isTrue();
        assertThat(Furniture.ofBands(bands).numberDoubtful()).isTrue();
        assertThat(Furniture.ofBands(Lines.split("044 国际问题研究 2025年第3期", 1, 0)).numberDoubtful()).isFalse();
    }

    @Test
    void shouldKeepTheNumberAfterTheIssueInTheHeadWhenNoneStandsAtTheFoot() {
        List<Line> page = Lines.split(String.join("\n", "国际问题研究 2025年第3期 044", "", BODY, BODY), 1, 0);

        assertThat(Furniture.of(page, PageEdges.of(page)).printedNumber()).isEqualTo("044");
    }

    @Test
    void shouldTakeAPagesFirstLineAsItsHeadWhereThePagesAroundOpenWithHeads() {
        // The article's title as the head of its only odd page, read as soup: it neither recurs nor carries the number
        List<Line> page = Lines.split(String.join("\n", "Ww", "", "AREER St BARN EAH ED T° 48 Jay", "",
                "VEER, RED T A AA EP MR © 2023F, JENA RED 7\"", "Sma AS ot VARIA] PEA PA ZOE ° SEN AGE RED"), 1, 0);
        PageEdges edges = PageEdges.of(page);
        List<Furniture> found = List.of(new Furniture(null, "EIS Otse § 202445 ely", "014", Set.of()),
                new Furniture(null, null, null, Set.of()), new Furniture(null, "Elna) OT Fe", "143", Set.of()));

        assertThat(Furniture.of(page, edges).runningHead()).isNull();
        Furniture furniture = Furniture.of(page, edges.withHeadsFound(found));

        assertThat(furniture.runningHead()).isEqualTo("AREER St BARN EAH ED T° 48 Jay");
        // The speck the engine read above it goes with it
        assertThat(furniture.lines()).extracting(Line::text).containsExactly("Ww", "AREER St BARN EAH ED T° 48 Jay");
    }

    @Test
    void shouldLeaveAParagraphsLastLineAtThePagesTopInTheText() {
        List<Line> page = Lines.split(String.join("\n", "以减少对中国的依赖。", "", BODY, BODY), 1, 0);
        List<Furniture> found = List.of(new Furniture(null, "国际问题研究", "014", Set.of()),
                new Furniture(null, "美国关键矿产安全联盟的构建", "015", Set.of()));

        assertThat(Furniture.of(page, PageEdges.of(page).withHeadsFound(found)).lines()).isEmpty();
    }

    @Test
    void shouldExpectNoHeadWhereFewPagesOpenWithOne() {
        List<Line> page = Lines.split(String.join("\n", "AREER St BARN EAH ED T° 48 Jay", "", BODY, BODY), 1, 0);
        List<Furniture> found = List.of(new Furniture(null, "国际问题研究", "014", Set.of()),
                new Furniture(null, null, null, Set.of()), new Furniture(null, null, null, Set.of()));

        assertThat(Furniture.of(page, PageEdges.of(page).withHeadsFound(found)).runningHead()).isNull();
    }
}
