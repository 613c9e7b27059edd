package org.emend.ocr.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleFromHeadsTest {

    @Test
    void shouldMendCharactersTheEngineMisreadInTheTitleByTheHeadThatRepeatsIt() {
        assertThat(TitleFromHeads.mend("大国竞争表景下非洲国家的天键矿产布局", List.of("国际问题研究", "大国竞争背景下非洲国家的关键矿产布局")))
                .isEqualTo("大国竞争背景下非洲国家的关键矿产布局");
        // A character lost at the start
        assertThat(TitleFromHeads.mend("出能源转型合作的新动回", List.of("韩国能源转型合作的新动向"))).isEqualTo("韩国能源转型合作的新动向");
    }

    @Test
    void shouldMendTheFirstPartOfATitleWhoseHeadLeavesOutTheSubtitle() {
        assertThat(TitleFromHeads.mend("澳大利亚的痢能源汽车战略:动因、路径与前景", List.of("澳大利亚的新能源汽车战略")))
                .isEqualTo("澳大利亚的新能源汽车战略:动因、路径与前景");
    }

    @Test
    void shouldTakeTheHeadForATitleReadAsSoup() {
        assertThat(TitleFromHeads.mend("AERAsePSSEAAEEbyTHFe", List.of("现代国际关系", "大国竞争背景下拉美国家的稀土供应布局")))
                .isEqualTo("大国竞争背景下拉美国家的稀土供应布局");
    }

    @Test
    void shouldLeaveATitleNoHeadRepeats() {
        assertThat(TitleFromHeads.mend("印度的新能源汽车战略:动因、路径与前景", List.of("国际展望", "美国关键矿产安全联盟的构建")))
                .isEqualTo("印度的新能源汽车战略:动因、路径与前景");
        assertThat(TitleFromHeads.mend("俄罗斯参与稀土供应治理的逻辑与限度", List.of("俄罗斯参与稀土供应治理的逻辑与限度")))
                .isEqualTo("俄罗斯参与稀土供应治理的逻辑与限度");
    }
}
