package org.emend.ocr.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeadingsTest {

    @Test
    void shouldTakeAGarbledLevelOneMarkForAHeadingWhereverItStands() {
        // Right above a level-2 heading, which parts the paragraph: it does not stand alone
        Heading aboveLevel2 = Headings.find(List.of("— > ABER BE IB] a Ako"), false, true, true, 0, false);
        // The last line of a page's text, no body after it on the page
        Heading lastOnPage = Headings.find(List.of("= > RENT\" BORA SE BA"), true, true, false, 0, false);

        assertThat(aboveLevel2).extracting(Heading::level, Heading::text).containsExactly(1, "— > ABER BE IB] a Ako");
        assertThat(lastOnPage).extracting(Heading::level, Heading::text).containsExactly(1, "= > RENT\" BORA SE BA");
    }

    @Test
    void shouldTakeNoShortLineWithoutAMarkForAHeadingAtAPagesEnd() {
        assertThat(Headings.find(List.of("ABER BE IB] a Ako"), true, true, false, 0, false)).isNull();
        // A sentence's end says it is text
        assertThat(Headings.find(List.of("— > ABER BE IB] a Ako."), true, true, true, 0, false)).isNull();
    }

    @Test
    void shouldTakeAMarkTheChineseModelMisreadForALevelOneHeading() {
        assertThat(Headings.find(List.of("> 跨境数据流动问题的缘起"), true, true, true, 0, false))
                .extracting(Heading::level, Heading::text).containsExactly(1, "> 跨境数据流动问题的缘起");
        assertThat(Headings.find(List.of("` 数字经济面临的制约因妈"), true, true, true, 0, false))
                .extracting(Heading::level).isEqualTo(1);
    }

    @Test
    void shouldTakeNoPieceOfABodyLineTheEngineCutAtANoteMarkerForAnUnmarkedHeading() {
        // Standing alone between blank lines as the engine parted it: too long for an introduction or conclusion
        assertThat(Headings.find(List.of("俄罗斯政府认为其在气候融资"), true, true, true, 0, false)).isNull();
        // A stop or comma inside: text
        assertThat(Headings.find(List.of("领域过度依赖单一来源，存在明显的脆弱性"), true, true, true, 0, false)).isNull();
        // What an article leaves unnumbered stays a heading
        assertThat(Headings.find(List.of("结论与启示"), true, true, true, 0, false)).extracting(Heading::level).isEqualTo(1);
        // Soup spells each character in several letters: its length says nothing
        assertThat(Headings.find(List.of("T RENILEA RO A R I R YR"), true, true, true, 0, false)).isNotNull();
    }
}
