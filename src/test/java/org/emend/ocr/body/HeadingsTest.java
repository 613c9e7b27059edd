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
}
