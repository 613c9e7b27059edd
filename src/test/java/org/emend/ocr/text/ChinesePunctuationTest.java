package org.emend.ocr.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChinesePunctuationTest {

    @Test
    void shouldPutFullWidthMarksBesideChinese() {
        assertThat(ChinesePunctuation.normalize("参见张明:《关键矿产》, 载")).isEqualTo("参见张明：《关键矿产》，载");
        assertThat(ChinesePunctuation.normalize("(一)美国的政策")).isEqualTo("（一）美国的政策");
        assertThat(ChinesePunctuation.normalize("为什么?因为")).isEqualTo("为什么？因为");
    }

    @Test
    void shouldLeaveLatinTextAlone() {
        String english = "U.S. Department of Energy (DOE), Critical Materials: 2023, p. 12.";
        assertThat(ChinesePunctuation.normalize(english)).isEqualTo(english);
        assertThat(ChinesePunctuation.normalize("见 Nature (2024)")).isEqualTo("见 Nature (2024)");
    }
}
