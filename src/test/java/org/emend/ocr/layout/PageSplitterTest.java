package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.emend.ocr.text.Line;
import org.junit.jupiter.api.Test;

/** Page starts in dumps without form feeds. */
class PageSplitterTest {

    private static final String BODY = "总体而言，关键矿产领域的国际合作面临碎片化的风险。为此，各方需要在竞争中寻找合作的空间，完善相关的法律和政策体系。";
    private static final String NOTE_1 = "① 参见张婷：《能源安全研究》，社会科学文献出版社2020年版，第166页。";
    private static final String NOTE_2 = "② 参见王明：《全球治理》，载《现代国际关系》2019年第4期，第25页。";

    @Test
    void shouldStartAPageAtAHeadCarryingTheNextNumberThoughItDoesNotRecur() {
        // The page ends inside a note's address, which goes on under the next page's head
        String dump = String.join("\n", "044 国际问题研究 2025年第3期", "", BODY, BODY, BODY, "", NOTE_1, "",
                "② 美国能源部：《半导体产业链报告》，December 20, 2024, https://www.atlanticcouncil.org/blogs/", "",
                "印度的新能源汽车战略                                   045", "", BODY, BODY, BODY, "", NOTE_1, "");

        assertThat(firstLines(dump)).containsExactly("044 国际问题研究 2025年第3期",
                "印度的新能源汽车战略                                   045");
    }

    @Test
    void shouldNotStartAPageWhereAnAbstractsSentenceGoesOnAfterALineBreak() {
        // Two abstracts share a phrase, which then recurs across the dump as a running head would
        String dump = String.join("\n", "044 国际问题研究 2025年第3期", "", BODY, BODY, "", NOTE_1, "", NOTE_2, "",
                "国际问题研究 2025年第3期 183", "", "The Logic of Russia's Data Flows", "", "Zhang Ting", "",
                "ABSTRACT: In recent years, cross-border data flows", "has become a focal point of great power competition.",
                "The findings suggest that international cooperation", "in this field faces a growing risk of fragmentation.",
                "It argues that domestic politics and external pressure", "jointly shape the choices of policymakers.",
                "Developing countries have gained a greater voice", "in the process, although their capacity remains",
                "limited.", "", "KEY WORDS: Russia, data flows", "",
                "The Logic of Japan's New Energy Vehicles", "", "Wang Ming", "",
                "ABSTRACT: In recent years, new energy vehicles", "has become a focal point of great power competition.",
                "In the long run, the competition will take the form of rules.", "", "KEY WORDS: Japan, vehicles", "");

        assertThat(firstLines(dump)).containsExactly("044 国际问题研究 2025年第3期", "国际问题研究 2025年第3期 183");
    }

    @Test
    void shouldNotStartAPageAfterAFootNumberReadBetweenTwoColumns() {
        String dump = String.join("\n", "044 国际问题研究 2025年第3期", "", BODY, BODY, "", NOTE_1, "", NOTE_2, "", "044", "",
                "国际问题研究 2025年第3期", "", "The Logic of Russia's Data Flows", "", "Zhang Ting", "",
                "ABSTRACT: In recent years, cross-border data flows have become a focal point of competition.", "",
                "KEY WORDS: Russia, data flows", "", "183", "", "The Logic and Limits of Japan's New Energy Vehicles Policy",
                "", "Wang Ming", "", "ABSTRACT: In recent years, new energy vehicles have become a focal point.", "",
                "KEY WORDS: Japan, vehicles", "");

        assertThat(firstLines(dump)).containsExactly("044 国际问题研究 2025年第3期", "国际问题研究 2025年第3期");
    }

    @Test
    void shouldNotStartAPageAtAFootsMisreadNumberAboveTheWatermark() {
        // 057 read as D7: no number, but the foot's, standing over the distributor's notice
        String notice = "© 1994-2025 China Academic Journal Electronic Publishing House. All rights reserved. http://www.cnki.net";
        String dump = String.join("\n", "国际问题研究 2025年第3期", "", BODY, BODY, BODY, "", NOTE_1, "", NOTE_2, "",
                notice, "", "印度的新能源汽车战略", "", BODY, BODY, BODY, "", NOTE_1, "", NOTE_2, "", "D7", "", notice, "",
                "国际问题研究 2025年第3期", "", BODY, BODY, BODY, "", NOTE_1, "", notice, "");

        assertThat(firstLines(dump)).containsExactly("国际问题研究 2025年第3期", "印度的新能源汽车战略", "国际问题研究 2025年第3期");
    }

    private static List<String> firstLines(String dump) {
        return PageSplitter.split(dump, "zh").pages().stream()
                .map(page -> page.stream().filter(line -> !line.isBlank()).findFirst().map(Line::text).orElse(""))
                .toList();
    }
}
