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

    @Test
    void shouldFindAnAddressWhoseSchemeTheEngineBentAndMendItsHost() {
        String note = "世界银行：《稀土供应报告》，April 26, 2019，https:/www.energy.gowarticles/supply-chain-security °";

        assertThat(Urls.mentions(note)).isTrue();
        assertThat(Urls.find(note)).extracting(CitedUrl::url)
                .containsExactly("https://www.energy.gov/articles/supply-chain-security");
        assertThat(Urls.find("https:Wwww.energy.govwarticles/2021/09/cooperation-energy")).extracting(CitedUrl::url)
                .containsExactly("https://www.energy.gov/articles/2021/09/cooperation-energy");
    }
}
