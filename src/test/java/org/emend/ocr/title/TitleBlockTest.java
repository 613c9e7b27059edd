package org.emend.ocr.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.emend.ocr.text.Line;
import org.emend.ocr.text.Lines;
import org.junit.jupiter.api.Test;

class TitleBlockTest {

    /** As Tesseract read a first page with Chinese: brackets bent, the ideographic spaces read as quotes. */
    private static final String READ = """
            日本参与跨境数据流动治理的逻辑与限度

            王文博”李晓燕*

            [内容提要] 近年来，跨境数据流动日益成为大国竞争的焦点领域。日本把跨境数据流动提升到国家
            安全的高度，出台了一系列政策文件。

            【关键词】日本 ”跨境数据流动”产业政策 ”战略调整
            【中图分类号】D85 【文献标识码】A 【文章编号】1006-1568(2020)02-0108-32
            【作者简介】王文博，中国国际问题研究院助理研究员；李晓燕，北京大学国际关系学院教授。

            一、跨境数据流动问题的缘起
            从全球范围看，跨境数据流动的供需格局正在发生深刻变化。
            """;

    /** The same page as an English-only engine read it: labels are soup, the article number is not. */
    private static final String SOUP = """
            REA st PARA EW 7° 7H Jey
            BAN YS = BRA
            CPN tee SE) SCRA Tes SES PB Py 9 BE ECE ES 8 BORAGE
            2, TEAK IEM BRIAR ° SEIN ARBUS UAE HED Pe US BERR — RU, FETE
            (Riel) SEIN A KEATS PEER El ate
            (Easy) AM, FRA RAS EKA ABERIB, ORY, EMEP aE OT
            CHASER S) D82 [cH RAS) A (SCHR) 1006-1568(2024)06-0025-16
            — » REM TA AE
            Bk, RARE TRULIA ° ORT, CHET SURI
            Elna) OT Fe TRH COS « MLSE AA AES, (LTE
            """;

    @Test
    void shouldReadTheTitleAuthorsAndLabelledFields() {
        List<Line> lines = Lines.split(READ, 1, 0);

        TitleBlock block = TitleBlock.read(lines);

        assertThat(block.title()).isEqualTo("日本参与跨境数据流动治理的逻辑与限度");
        assertThat(block.authors()).containsExactly("王文博", "李晓燕");
        assertThat(block.summary()).startsWith("近年来").endsWith("政策文件。").doesNotContain("\n");
        assertThat(block.keywords()).containsExactly("日本", "跨境数据流动", "产业政策", "战略调整");
        assertThat(block.classification()).isEqualTo("D85");
        assertThat(block.articleNumber()).isEqualTo("1006-1568(2020)02-0108-32");
        assertThat(block.authorNotes()).startsWith("王文博，中国国际问题研究院");
        assertThat(block.lines()).extracting(Line::text).last().asString().startsWith("【作者简介】");
    }

    @Test
    void shouldBoundASoupBlockByItsArticleNumberAndKeepTheBodyOut() {
        List<Line> lines = Lines.split(SOUP, 1, 0);

        TitleBlock block = TitleBlock.read(lines);

        // The body soup after it looks like labels too ("Elna) OT Fe"): it stays out
        assertThat(block.lines()).extracting(Line::text).last().asString().contains("1006-1568(2024)06-0025-16");
        assertThat(block.articleNumber()).isEqualTo("1006-1568(2024)06-0025-16");
    }

    @Test
    void shouldTakeTheAuthorsNotesUnderTheArticleNumberThoughTheirLabelReadAsTwoWordsOfSoup() {
        // 【作者简介】 read as (Vee ihist): no heading, though it opens with a bracket as （一） does
        List<Line> lines = Lines.split("""
                AeA se PSs Ee APE IER FE 2 7 Jay
                ce
                CAN Ape SE) SSE ATMS Vale 5¢ FABIA AR AY B24) ° (EL RET DN EAT IRATE
                (Ke) SE WRB ERs AMR Ae
                (HARKS) D8o [lcHNAAS) A (SCHR) 1006-1568(2020)06-0059-35
                (Vee ihist) IDC, PEL RAYEIDKASEELHRE ©

                — > HEEJEC FEL ERLANG FA SE Pte 1
                """, 1, 0);

        TitleBlock block = TitleBlock.read(lines);

        assertThat(block.lines()).extracting(Line::text).last().asString().startsWith("(Vee ihist)");
    }

    @Test
    void shouldKeepAnAuthorsLineOutOfTheTitleThoughOneNameWasReadAsSoup() {
        List<Line> lines = Lines.split("""
                英国北极航道合作的新动向
                朱丽娟 何一吗 ASCH
                【内容提要】英国政府认为其在北极航道领域过度依赖单一来源，存在明显的脆弱性。
                【关键词】英国 ”北极航道”产业政策 ”地缘政治
                【作者简介】朱丽娟，复旦大学国际问题研究院研究员；何一鸣，北京大学国际关系学院教授；胡文博，中国国际问题研究院助理研究员。
                """, 1, 0);

        TitleBlock block = TitleBlock.read(lines);

        assertThat(block.title()).isEqualTo("英国北极航道合作的新动向");
        assertThat(block.authors()).containsExactly("朱丽娟", "何一鸣", "胡文博");
    }

    @Test
    void shouldKeepASoupHeadAndASoupAuthorsLineOutOfATitleReadWell() {
        List<Line> lines = Lines.split("""
                Ki 5 SERA HE 202345 ely
                欧盟的数字经济战略: 动因、路径与前景
                BAN YS 陈明
                【内容摘要】这些机制的实际效果仍有待观察。这一做法对全球市场产生了深远影响。
                【关键词】欧盟 ”数字经济
                【文章编号】1006-1568(2023)05-0025-16
                """, 1, 0);

        TitleBlock block = TitleBlock.read(lines);

        assertThat(block.title()).isEqualTo("欧盟的数字经济战略:动因、路径与前景");
        assertThat(block.authors()).containsExactly("陈明");
    }

    @Test
    void shouldFindNoBlockOnAPageThatOpensWithText() {
        List<Line> lines = Lines.split("""
                从全球范围看，跨境数据流动的供需格局正在发生深刻变化。这一变化既有技术进步的推动，
                也有地缘政治因素的影响。
                二、政策的主要内容
                """, 1, 0);

        assertThat(TitleBlock.read(lines)).isNull();
    }

    @Test
    void shouldTakeTheAuthorsFromTheirNotesWhereTheLineUnderTheTitleIsSoupOrMisread() {
        String soup = """
                印度的新能源汽车战略: 动因、路径与前景
                KE we

                【内容提要】中国应当在坚持开放合作的同时，切实维护自身的发展利益。
                【关键词】印度”新能源汽车”供应链安全”国际合作
                【作者简介】林雪，北京大学国际关系学院教授 刘婷，中国人民大学国际关系学院博士研究生。
                【中图分类号】D85 【文献标识码】A 【文章编号】1006-1568(2025)02-0118-30
                """;
        String misread = """
                大国竞争背景下日本的关键矿产布局

                陈委

                【内容提要】中国应当在坚持开放合作的同时，切实维护自身的发展利益。
                【关键词】日本”关键矿产
                【中图分类号】D85 【文献标识码】A 【文章编号】1006-1568(2019)03-0118-30
                【作者简介】陈雪，复旦大学国际问题研究院助理研究员。
                """;

        assertThat(TitleBlock.read(Lines.split(soup, 1, 0)).authors()).containsExactly("林雪", "刘婷");
        assertThat(TitleBlock.read(Lines.split(misread, 1, 0)).authors()).containsExactly("陈雪");
    }

    @Test
    void shouldReadTheKeywordsAfterTheSummaryThoughTheirLabelIsSoupAndASummaryLabelMisread() {
        String read = """
                日本参与跨境数据流动治理的逻辑与限度

                王文博

                【内容搞要】2023年，日本在跨境数据流动领域的投资总额同比增长了百分之二十以上。这些机
                制的实际效果仍有待观察。
                (Rei) AA 跨境数据流动”产业政策 战略调整
                【作者简介】王文博，中国国际问题研究院助理研究员。
                【中图分类号】D85 【文献标识码】A 【文章编号】1006-1568(2020)02-0108-32
                """;

        TitleBlock block = TitleBlock.read(Lines.split(read, 1, 0));

        assertThat(block.summary()).startsWith("2023年").endsWith("有待观察。");
        assertThat(block.keywords()).containsExactly("AA", "跨境数据流动", "产业政策", "战略调整");
    }
}
