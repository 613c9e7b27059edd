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
    void shouldScoreEnglishProseAndCitationsInAChineseArticleAsClean() {
        assertThat(GarbleScorer.score("The findings suggest that international cooperation in this field faces a growing risk.",
                "zh"))
                .isLessThanOrEqualTo(0.3);
        assertThat(GarbleScorer.isLatinSoup("Melissa Barbanell, “Cooperation Market Minerals Energy,” May 10, 2018")).isFalse();
    }
}
