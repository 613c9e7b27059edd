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

    @Test
    void shouldMakeSmallACapitalThatLooksLikeItsSmallLetterInALowerCasePath() {
        CitedUrl url = Urls
                .find("2019, https://www.csis.org/analysis/industrial-supply-outlook-critical-Supply-cooperation-trade 。")
                .get(0);

        assertThat(url.url())
                .isEqualTo("https://www.csis.org/analysis/industrial-supply-outlook-critical-supply-cooperation-trade");
        assertThat(url.doubtful()).isTrue();
        // A capital among capitals, or one that does not look like its small letter, is the address's own
        assertThat(Urls.find("https://example.org/Reports/Critical-Supply-Chains").get(0).url())
                .isEqualTo("https://example.org/Reports/Critical-Supply-Chains");
        assertThat(Urls.find("https://example.org/reports/critical-Minerals-outlook").get(0).url())
                .isEqualTo("https://example.org/reports/critical-Minerals-outlook");
    }

    @Test
    void shouldDropALetterReadWhereAChineseNotesClosingStopStands() {
        CitedUrl url = Urls
                .find("欧盟委员会：《关键矿产报告》，May 20, 2021, https://www.energy.gov/articles/2019/02/risk-trade-industrial-outlooke")
                .get(0);

        assertThat(url.url()).isEqualTo("https://www.energy.gov/articles/2019/02/risk-trade-industrial-outlook");
        assertThat(url.doubtful()).isTrue();
        // Followed by the stop, or a word as it stands, the address is left as read
        assertThat(Urls.find("https://www.energy.gov/articles/risk-outlooke. Accessed May 2021.").get(0).url())
                .isEqualTo("https://www.energy.gov/articles/risk-outlooke");
        assertThat(Urls.find("https://www.energy.gov/articles/2019/02/cache").get(0).url())
                .isEqualTo("https://www.energy.gov/articles/2019/02/cache");
    }

    @Test
    void shouldReadRnWhereTheEngineReadMOnlyWhereTheDictionaryReadsItBetter() {
        assertThat(Urls.find("https://ec.europa.eu/commission/presscomer/detail/en/2020/08/transition-policy-79674"))
                .singleElement().satisfies(url -> {
                    assertThat(url.url()).isEqualTo(
                            "https://ec.europa.eu/commission/presscorner/detail/en/2020/08/transition-policy-79674");
                    assertThat(url.doubtful()).isTrue();
                });
        // Words that read as they are, and names the dictionary cannot read either way, stay as printed
        assertThat(Urls.find("https://www.example.org/summit/commerce-committee/comer-mambo")).extracting(CitedUrl::url)
                .containsExactly("https://www.example.org/summit/commerce-committee/comer-mambo");
    }

    @Test
    void shouldDropAHyphenBesideAHostsDotAndALetterThatMakesNoDomain() {
        assertThat(Urls.find("https://www-.iea.org/reports/2021/11/strategy-energy")).extracting(CitedUrl::url)
                .containsExactly("https://www.iea.org/reports/2021/11/strategy-energy");
        assertThat(Urls.find("https://www.brookings.edvu/articles/trade-risk-strategy")).extracting(CitedUrl::url)
                .containsExactly("https://www.brookings.edu/articles/trade-risk-strategy");
        assertThat(Urls.find("https://news.example.asia/a-b-c")).extracting(CitedUrl::url)
                .containsExactly("https://news.example.asia/a-b-c");
    }

    @Test
    void shouldLeaveTheChineseFullStopAfterAnAddressOutOfIt() {
        assertThat(Urls.find("《能源伙伴关系》，https://www.csis.org/analysis/2022/01/energy-strategy。"))
                .extracting(CitedUrl::url).containsExactly("https://www.csis.org/analysis/2022/01/energy-strategy");
    }
}
