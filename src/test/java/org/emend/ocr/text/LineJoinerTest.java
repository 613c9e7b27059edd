package org.emend.ocr.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineJoinerTest {

    @Test
    void shouldCarryOnAUrlBrokenWhereTheMeasureEnded() {
        assertThat(LineJoiner.join(List.of("May 3, 2023, https://www.csis.org/analysis/critical-chain-trade-minerals-transit",
                "ion-trade.")))
                .isEqualTo("May 3, 2023, https://www.csis.org/analysis/critical-chain-trade-minerals-transition-trade.");
        assertThat(LineJoiner.join(List.of("2023, https://www.whitehouse.gov/briefing-room/statements-releases",
                "/2023/06/trade-minerals °")))
                .isEqualTo("2023, https://www.whitehouse.gov/briefing-room/statements-releases/2023/06/trade-minerals °");
    }

    @Test
    void shouldFindTheUrlWhereChineseRunsIntoIt() {
        assertThat(LineJoiner.join(List.of("《半导体产业链报告》，June 15, 2018，https://www.energy.gov/articles/transiti",
                "on-market-outlook °"))).endsWith("2018，https://www.energy.gov/articles/transition-market-outlook °");
    }

    @Test
    void shouldCarryOnAUrlWhoseSchemeTheEngineBent() {
        assertThat(LineJoiner.join(List.of("October 8, 2022，https:Wwww.energy.govwarticles/2021/09/cooperation-energy-en",
                "ergy-energy-industrial-strategy °")))
                .endsWith("https:Wwww.energy.govwarticles/2021/09/cooperation-energy-energy-energy-industrial-strategy °");
    }

    @Test
    void shouldReadAnLForTheBracketOpeningAUrlsNextLine() {
        assertThat(LineJoiner.join(List.of("https://www.energy.gov/articles/cooperation-critica", "]-transition-security.")))
                .isEqualTo("https://www.energy.gov/articles/cooperation-critical-transition-security.");
    }

    @Test
    void shouldLeaveAFinishedUrlAndTheNextNoteApart() {
        assertThat(LineJoiner.join(List.of("https://www.iea.org/reports/energy-review.", "Jared Cohen, “Critical outlook,”")))
                .isEqualTo("https://www.iea.org/reports/energy-review. Jared Cohen, “Critical outlook,”");
    }
}
