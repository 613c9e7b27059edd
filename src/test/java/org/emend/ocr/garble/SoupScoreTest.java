package org.emend.ocr.garble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Soup whose capitals spell English words still scores as soup; English prose in Chinese text does not. */
class SoupScoreTest {

    @Test
    void shouldScoreSoupThatSpellsWordsAsSoup() {
        String soup = "HATS SURGE EI BREEN, Wa S—RIBR ICE e A ASTEES KET El RRS RB, RARE AREA BORN TRAIN";

        assertThat(GarbleScorer.score(soup, "zh")).isGreaterThanOrEqualTo(0.8);
        assertThat(GarbleScorer.isLatinSoup(soup)).isTrue();
    }

    @Test
    void shouldScoreSoupWithTheOddLowerCaseFunctionWordAnEngineMadeOfAStrokeAsSoup() {
        String soup = "SBCRT ARE, ¢NG > SAT HO EP rl ere LA = ARF EC ° ©IX— (PUL T 2ER THA Te, LDU TARZAN c SPUCIRIAY, "
                + "Eel PZ te OK WY ATL A Bea BH al a ETI SAR, Re EDA ae PRE Ee EZ Ho OM SEGA, Bie LR IY Pea FE "
                + "TE ERASE ° BOR BIBT EAR ATE EO ILS jal BATE, Pe MAGE as RR ES AT";

        assertThat(GarbleScorer.score(soup, "zh")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void shouldScoreEnglishProseAndCitationsInAChineseArticleAsClean() {
        assertThat(GarbleScorer.score("The findings suggest that international cooperation in this field faces a growing risk.",
                "zh"))
                .isLessThanOrEqualTo(0.3);
        assertThat(GarbleScorer.isLatinSoup("Melissa Barbanell, “Cooperation Market Minerals Energy,” May 10, 2018")).isFalse();
    }

    /** A Chinese citation of an English report: its date and address are no soup standing for Chinese. */
    @Test
    void shouldScoreAChineseCitationOfAnEnglishAddressAsClean() {
        String note = "美国能源部：《北极航道报告》，August 22, 2017, "
                + "https://www.iea.org/reports/cooperation-supply-policy-security-transition-energy-resilience-outlook 。";

        assertThat(GarbleScorer.score(note, "zh")).isLessThanOrEqualTo(0.3);
        // The same address after soup leaves the soup soup
        assertThat(GarbleScorer.score("OKBBRA: (Sei Askin) . BM CAA HER, https://www.brookings.edu/articles/minerals-outlook",
                "zh")).isGreaterThanOrEqualTo(0.8);
    }
}
