package org.emend.ocr.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void shouldCloseASpaceTheEngineReadAfterAHostsDot() {
        assertThat(
                Urls.closeInnerSpaces("April 23, 2023, https://www.whitehouse. gov/briefing-room/statements-releases/trade."))
                .isEqualTo("April 23, 2023, https://www.whitehouse.gov/briefing-room/statements-releases/trade.");
    }

    @Test
    void shouldCloseASpaceTheEngineReadInsideANumberOfThePath() {
        assertThat(Urls.closeInnerSpaces("https://www.atlanticcouncil.org/blogs/new-atlanticist/202 1/06/chain-37808."))
                .isEqualTo("https://www.atlanticcouncil.org/blogs/new-atlanticist/2021/06/chain-37808.");
    }

    @Test
    void shouldLeaveTheSentenceAfterAnAddressApart() {
        String text = "https://www.iea.org/reports/outlook. The 2023 report, 12 pages.";

        assertThat(Urls.closeInnerSpaces(text)).isEqualTo(text);
    }
}
