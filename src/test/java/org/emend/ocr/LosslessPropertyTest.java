package org.emend.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the dump, the pages' OCR originals joined in order give the input back: every
 * character, every line break style, with or without form feeds and a final newline.
 */
class LosslessPropertyTest {

    private static final List<String> LINES = List.of(
            " HRFRRFHREBG IR B H ATKERY 40 5, # L7kt",
            "KR 4 f5.© IR, AT RERIHGER e AW P8R . © 25",
            "(D  “United States and Japan Sign Critical Minerals Agreement,” March 28, 2023, https://ustr.gov/",
            "about-us/policy- offices/press-office/press-releases/2023/march/united-states-and-japan-sign-",
            "critical-minerals-agreement.",
            "@ @ ® ©® ©® ©",
            "https://www.cnki.net",
            "r [ %71 Y",
            "079",
            "(=) NZIBHUHIR G",
            "一、引言",
            "近年来，美国将关键矿产供应纳入同盟和伙伴关系框架①。",
            "①李冰：《美国关键矿产安全联盟》，《国际问题研究》，2024年11月13日，第79—92页。",
            "Abstract: In recent years, the United States has incorporated the",
            "Keywords: manufacturing reshor-",
            "   ",
            "\t",
            "",
            "\uFEFF",
            "\f",
            "\fNext page",
            "emoji \uD83D\uDCDA and combining e\u0301");

    @Provide
    Arbitrary<String> dumps() {
        Arbitrary<String> line = Arbitraries.of(LINES);
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
        return Arbitraries.integers().between(1, 60).flatMap(count -> line.list().ofSize(count)
                .flatMap(lines -> newline.list().ofSize(count).map(breaks -> Tuple.of(lines, breaks))))
                .flatMap(pair -> Arbitraries.of(true, false).map(finalBreak -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < pair.get1().size(); i++) {
                        text.append(pair.get1().get(i));
                        if (i < pair.get1().size() - 1 || finalBreak) {
                            text.append(pair.get2().get(i));
                        }
                    }
                    return text.toString();
                }))
                .filter(text -> !text.isBlank());
    }

    @Property(tries = 300)
    void pagesJoinedGiveTheInputBack(@ForAll("dumps") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        ParsedDump dump = OcrParser.parse(bytes, ImportOptions.defaults());

        StringBuilder joined = new StringBuilder();
        dump.pages().forEach(page -> joined.append(page.ocrOriginal()));
        assertThat(joined.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        assertThat(dump.report().lines().leftover()).isZero();
    }
}
