package org.emend.ocr.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedDump;
import org.junit.jupiter.api.Test;

/** A note whose address the page's foot broke, carried on at the top of the next page's notes. */
class NoteAcrossPagesTest {

    private static final String BODY = "总体而言，关键矿产领域的国际合作面临碎片化的风险。为此，各方需要在竞争中寻找合作的空间，完善相关的法律和政策体系。①";

    @Test
    void shouldJoinAnAddressBrokenAfterAHostsDotAcrossThePage() {
        String dump = String.join("\n", "044 国际问题研究 2025年第3期", "", BODY, BODY, BODY, "",
                "① 参见张婷：《能源安全研究》，社会科学文献出版社2020年版，第166页。", "",
                "② Melissa Barbanell, “Energy cooperation market strategy,” January 9, 2022, https://www.brookings.", "\f",
                "大国竞争背景下的关键矿产布局 045", "", BODY, BODY, BODY, "",
                "edu/articles/risk-partnership-resilience-policy-risk-supply °", "",
                "① 参见王明：《全球治理》，载《现代国际关系》2019年第4期，第25页。", "");

        ParsedDump parsed = OcrParser.parse(dump.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(parsed.notes()).flatExtracting(note -> note.citations())
                .flatExtracting(citation -> citation.urls()).extracting(CitedUrl::url)
                .containsExactly("https://www.brookings.edu/articles/risk-partnership-resilience-policy-risk-supply");
        assertThat(parsed.notes()).hasSize(3);
    }
}
