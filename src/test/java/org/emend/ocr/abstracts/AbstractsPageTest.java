package org.emend.ocr.abstracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.emend.ocr.text.Lines;
import org.junit.jupiter.api.Test;

class AbstractsPageTest {

    @Test
    void shouldKeepATitlesSecondLineOfCapitalisedWordsInTheTitle() {
        List<AbstractDraft> abstracts = parse("New Trends in African Countries's Rare Earth", "Supply Cooperation", "",
                "Guo Jiaqi", "", "In recent years, rare earth supply has become a focal point of competition.", "",
                "KEY WORDS: African Countries, rare earth supply, economic security");

        assertThat(abstracts).singleElement().satisfies(found -> {
            assertThat(found.title()).isEqualTo("New Trends in African Countries's Rare Earth Supply Cooperation");
            assertThat(found.authors()).containsExactly("Guo Jiaqi");
        });
    }

    @Test
    void shouldKeepATitlesLastWordAloneOnItsLineOutOfTheNamesUnderIt() {
        List<AbstractDraft> abstracts = parse("The Logic and Limits of African Countries's",
                "Participation in Cross-Border Data Flows", "Governance", "Wu Haifeng, Hu Ming, and Zhao Chen",
                "In recent years, cross-border data flows has become a focal point of great power competition.",
                "KEY WORDS: African Countries, cross-border data flows, multilateralism");

        assertThat(abstracts).singleElement().satisfies(found -> {
            assertThat(found.title()).isEqualTo(
                    "The Logic and Limits of African Countries's Participation in Cross-Border Data Flows Governance");
            assertThat(found.authors()).containsExactly("Wu Haifeng", "Hu Ming", "Zhao Chen");
        });
    }

    @Test
    void shouldMendAQTheEngineReadAsAGInANameAndDropAGarbledIssueLine() {
        List<AbstractDraft> abstracts = parse("20244 Si 6H", "The Arctic Shipping Routes Strategy of Canada", "",
                "Li Chen and Zhao Zhigiang", "", "ABSTRACT: In recent years, arctic shipping routes have become a focal point.",
                "", "KEY WORDS: Canada, arctic shipping routes");

        assertThat(abstracts).singleElement().satisfies(found -> {
            assertThat(found.title()).isEqualTo("The Arctic Shipping Routes Strategy of Canada");
            assertThat(found.authors()).containsExactly("Li Chen", "Zhao Zhiqiang");
        });
    }

    @Test
    void shouldCarryKeywordsOnOverABlankLineTheEngineLeftInThem() {
        List<AbstractDraft> abstracts = parse("The Arctic Shipping Routes Strategy of Canada", "Zhang Ting", "",
                "ABSTRACT: In recent years, arctic shipping routes have become a focal point.", "",
                "KEY WORDS: Latin American Countries, arctic", "", "shipping routes, economic security", "",
                "New Trends in Japan's Climate Finance Cooperation", "Sun Jingyi", "",
                "ABSTRACT: In recent years, climate finance has become a focal point.", "",
                "KEY WORDS: Japan, climate finance");

        assertThat(abstracts).hasSize(2);
        assertThat(abstracts.get(0).keywords()).containsExactly("Latin American Countries", "arctic shipping routes",
                "economic security");
    }

    private static List<AbstractDraft> parse(String... lines) {
        return AbstractsPage.parse(2, Lines.split(String.join("\n", lines), 1, 0));
    }
}
