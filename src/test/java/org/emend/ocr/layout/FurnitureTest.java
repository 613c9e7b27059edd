package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}
