package org.emend.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.emend.ocr.garble.GarbleScorer;
import org.emend.ocr.notes.Citation;
import org.emend.ocr.text.RejectedInput;
import org.junit.jupiter.api.Test;

/** Dumps of the same kind as the sample but unlike it, written for the cases the sample lacks. */
class VariantDumpsTest {

    /** Two pages of well-OCR'd Chinese, split by form feeds as pdftotext writes them. */
    private static final String CLEAN_CHINESE = """
            一、引言

            近年来，美国将关键矿产供应纳入同盟和伙伴关系框架①，通过双边和多边协调，在构建关键矿产安全联盟方面取得了实质性进展。本文分析其动因、路径与影响。

            （一）美国的关键矿产战略

            1. 机制化合作。美国于2019年发起“能源资源治理倡议”②，与多国开展矿产资源治理合作，推动形成以美国为主导的关键矿产供应网络。

            ①李冰：《美国关键矿产安全联盟》，《国际问题研究》，2024年11月13日，第79—92页。
            ② “Energy Resource Governance Initiative,” U.S. Department of State, June 11, 2019, https://www.state.gov/energy-resource-governance-initiative/.
            \f二、美国构建关键矿产安全联盟的路径

            美国通过双边联系、小多边框架和多边机制，构建起针对中国的关键矿产安全联盟。这一联盟将深刻影响国际矿产价格与全球能源治理的成效。
            \f""";

    @Test
    void shouldSplitAtFormFeedsAndReadCleanChinese() {
        ParsedDump dump = parse(CLEAN_CHINESE);

        assertThat(dump.report().pageSplit().method()).isEqualTo("form-feed");
        assertThat(dump.report().pageSplit().confidence()).isEqualTo(1.0);
        assertThat(dump.pages()).hasSize(2);
        assertThat(dump.language()).isEqualTo("zh");
        assertThat(dump.sections()).filteredOn(section -> section.heading() != null)
                .extracting(ParsedSection::level, ParsedSection::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "一、引言"),
                        org.assertj.core.groups.Tuple.tuple(2, "（一）美国的关键矿产战略"),
                        org.assertj.core.groups.Tuple.tuple(3, "1. 机制化合作。"),
                        org.assertj.core.groups.Tuple.tuple(1, "二、美国构建关键矿产安全联盟的路径"));
        ParsedSection level3 = dump.sections().stream().filter(section -> section.level() == 3).findFirst().orElseThrow();
        assertThat(level3.text()).startsWith("美国于2019年发起");
        assertThat(dump.sections()).allSatisfy(section -> assertThat(section.garbleScore()).isLessThan(GarbleScorer.CLEAN));
        assertThat(joined(dump)).isEqualTo(CLEAN_CHINESE);
    }

    @Test
    void shouldParseCleanChineseAndEnglishCitations() {
        ParsedDump dump = parse(CLEAN_CHINESE);

        assertThat(dump.notes()).hasSize(2);
        ParsedNote chinese = dump.notes().get(0);
        assertThat(chinese.marker()).isEqualTo("①");
        assertThat(chinese.language()).isEqualTo("zh");
        Citation citation = chinese.citations().get(0);
        assertThat(citation.authors()).containsExactly("李冰");
        assertThat(citation.title()).isEqualTo("美国关键矿产安全联盟");
        assertThat(citation.container()).isEqualTo("国际问题研究");
        assertThat(citation.isoDate()).isEqualTo("2024-11-13");
        assertThat(citation.pages()).isEqualTo("第79—92页");
        assertThat(chinese.garbleScore()).isLessThan(GarbleScorer.CLEAN);

        ParsedNote english = dump.notes().get(1);
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.citations().get(0).urls().get(0).url())
                .isEqualTo("https://www.state.gov/energy-resource-governance-initiative/");
        assertThat(english.citations().get(0).isoDate()).isEqualTo("2019-06-11");
    }

    @Test
    void shouldLeaveAPageWithoutFootnotesWithout() {
        ParsedDump dump = parse(CLEAN_CHINESE);

        assertThat(dump.notes()).allMatch(note -> note.pageIndex() == 0);
        assertThat(dump.sections()).anyMatch(section -> section.pageIndex() == 1);
    }

    /** Garbled body, footnotes with markers unlike the sample's, a note running over the page break. */
    private static final String RUNNING_NOTE = """
             HRFRRFHREBG IR B H ATKERY 40 5, # L7kt KR 4 f5 IR, AT RERIHGER e AW P8R
            KR 4 f5 IR, AT RERIHGER e AW P8R . 25 AR . HE R RS A B RGFE AR
            AT AR 55 e At FL A Fh O T RSB M FERE 100 i, 2ok S A SR BRI 1 S B

            [1]  Jane Doe, “Critical Minerals and the Energy Transition,” May 3, 2023, https://www.example.org/reports/critical-
            minerals-outlook/.
            (2)  John Roe and Ann Poe, “Supply Chains in a Fragmented World: Alliances, Friend-Shoring and the Limits of
            Industrial Policy,” Journal of Strategic Minerals Studies,
             SEEIEN SR 5 T 2 B RO R i I BHRENE, B0, SEE 2023 FOEA 2 JE AR =AU 41123550, KR
            FFERRET 24%. EERKGFER MMEEVEE SBUIIR A EEE A, Xt HE 2B T SEEEE RO PRI T
            B E R DAL AR SRR, SR, RS S T . T WURSIURIZ SR e HR A B RS 2. R 2020

            Vol.3, No.2, 2021, pp.10-20.
            (3)  “Joint Statement on Critical Minerals,” March 15, 2024, https://www.state.gov/joint-statement-on-critical-minerals/.
            """;

    @Test
    void shouldJoinAFootnoteRunningOntoTheNextPage() {
        ParsedDump dump = parse(RUNNING_NOTE);

        assertThat(dump.pages()).hasSize(2);
        assertThat(dump.notes()).extracting(ParsedNote::marker).containsExactly("[1]", "(2)", "(3)");
        ParsedNote running = dump.notes().get(1);
        assertThat(running.pageIndex()).isZero();
        assertThat(running.text()).endsWith("Journal of Strategic Minerals Studies, Vol.3, No.2, 2021, pp.10-20.");
        assertThat(running.citations().get(0).pages()).isEqualTo("pp.10-20");
        assertThat(running.citations().get(0).authors()).containsExactly("John Roe", "Ann Poe");
        assertThat(dump.notes().get(2).pageIndex()).isEqualTo(1);
        assertThat(dump.notes().get(2).numberOnPage()).isEqualTo(1);
        assertThat(dump.report().warnings()).anyMatch(warning -> warning.message().contains("runs on from the page before"));
    }

    @Test
    void shouldKeepAHyphenThatBelongsToABrokenUrl() {
        ParsedDump dump = parse(RUNNING_NOTE);

        assertThat(dump.notes().get(0).citations().get(0).urls().get(0).url())
                .isEqualTo("https://www.example.org/reports/critical-minerals-outlook/");
        assertThat(dump.notes().get(0).ocrOriginal()).contains("critical-\nminerals-outlook/.");
    }

    /** An abstracts page whose abstracts have no keywords at all: none of them is cut off. */
    private static final String ABSTRACTS_WITHOUT_KEYWORDS = """
             AT AR 55 e At FL A Fh O T RSB M FERE 100 i, 2ok S A SR BRI 1 S B SGERATE RS
            HR A B RS 2. R 2020 EAER S 13953 SATE

            The Politics of Rare Earths
            in East Asia

            Zhang San

            Abstract: This article examines how rare-earth export controls became a tool of state-
            craft, and why their effect has been smaller than often claimed.

            Resource Nationalism
            Revisited

            Li Si and Wang Wu

            Abstract: Resource nationalism has returned. We trace its forms in Latin America and
            Africa and ask what they mean for buyers.
            """;

    @Test
    void shouldReadAnAbstractsPageWithoutKeywords() {
        ParsedDump dump = parse(ABSTRACTS_WITHOUT_KEYWORDS, "The Politics of Rare Earths in East Asia");

        assertThat(dump.abstracts()).hasSize(2);
        assertThat(dump.abstracts()).allSatisfy(summary -> {
            assertThat(summary.keywords()).isEmpty();
            assertThat(summary.incomplete()).isFalse();
        });
        assertThat(dump.abstracts().get(0).title()).isEqualTo("The Politics of Rare Earths in East Asia");
        assertThat(dump.abstracts().get(0).ofArticle()).isTrue();
        assertThat(dump.abstracts().get(0).text()).contains("a tool of statecraft");
        assertThat(dump.abstracts().get(1).authors()).containsExactly("Li Si", "Wang Wu");
        assertThat(dump.sections()).isNotEmpty();
        assertThat(dump.sections().get(0).text()).startsWith("AT AR 55");
    }

    @Test
    void shouldKeepAWatermarkReadBetweenTwoColumnsOfAbstractsOutOfTheNextTitle() {
        String watermark = "© 1994-2025 China Academic Journal Electronic Publishing House. All rights reserved.";
        String dump = String.join("\n", "国际问题研究 2024年第6期 044", "", CLEAN_CHINESE.substring(0, 200), "", "044", "", watermark,
                "\f国际问题研究 2024年第6期", "", "Japan's Rare Earth Supply Layout amid Great Power Competition", "", "Xu Yiming", "",
                "ABSTRACT: In recent years, rare earth supply has become a focal point of great power competition.", "",
                "Keywords: Japan, rare earth supply, industrial policy", "", watermark, "",
                "The AI Governance Strategy of Canada:", "Drivers, Paths and Prospects", "",
                "Yang Siyuan, He Zhiqiang, and Lin Xiaoyan", "",
                "ABSTRACT: In recent years, ai governance has become a focal point of great power competition.", "",
                "Keywords: Canada, ai governance, regional order", "", "http://www.cnki.net", "");

        ParsedDump parsed = OcrParser.parse(dump.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(parsed.abstracts()).extracting(ParsedAbstract::title).containsExactly(
                "Japan's Rare Earth Supply Layout amid Great Power Competition",
                "The AI Governance Strategy of Canada: Drivers, Paths and Prospects");
    }

    @Test
    void shouldDecodeGb18030AndKeepTheBytes() {
        Charset gb18030 = Charset.forName("GB18030");
        byte[] bytes = CLEAN_CHINESE.getBytes(gb18030);

        ParsedDump dump = OcrParser.parse(bytes, ImportOptions.defaults());

        assertThat(dump.decoded().charset()).isEqualTo(gb18030);
        assertThat(dump.decoded().charsetDetected()).isTrue();
        assertThat(joined(dump).getBytes(gb18030)).isEqualTo(bytes);
        assertThat(dump.notes().get(0).citations().get(0).title()).isEqualTo("美国关键矿产安全联盟");
    }

    @Test
    void shouldRefuseWhatIsNotAnOcrTextDump() {
        assertThatThrownBy(() -> OcrParser.parse(new byte[0], ImportOptions.defaults()))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.reason()).isEqualTo(RejectedInput.Reason.EMPTY));
        assertThatThrownBy(() -> OcrParser.parse("   \n\n".getBytes(StandardCharsets.UTF_8), ImportOptions.defaults()))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.reason()).isEqualTo(RejectedInput.Reason.EMPTY));
        assertThatThrownBy(() -> OcrParser.parse(new byte[] { 'a', 0, 'b', 1, 2, 3 }, ImportOptions.defaults()))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInput.Reason.BINARY));
        assertThatThrownBy(() -> OcrParser.parse("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), ImportOptions.defaults()))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.getMessage()).contains("is a PDF"));
        ImportOptions utf8 = new ImportOptions("UTF-8", null, null, List.of(), 10);
        assertThatThrownBy(() -> OcrParser.parse(CLEAN_CHINESE.getBytes(Charset.forName("GB18030")), utf8))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectedInput.Reason.UNDECODABLE);
                    assertThat(e.getMessage()).contains("not valid UTF-8");
                });
        ImportOptions unknown = new ImportOptions("EBCDIC-XYZ", null, null, List.of(), 10);
        assertThatThrownBy(() -> OcrParser.parse("text".getBytes(StandardCharsets.UTF_8), unknown))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.getMessage()).contains("Unknown charset"));
    }

    @Test
    void shouldRefuseMorePagesThanAllowed() {
        ImportOptions onePage = new ImportOptions(null, null, null, List.of(), 1);
        assertThatThrownBy(() -> OcrParser.parse(CLEAN_CHINESE.getBytes(StandardCharsets.UTF_8), onePage))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInput.Reason.TOO_MANY_PAGES));
    }

    @Test
    void shouldImportPagesOnlyWhenNoStructureIsRecognised() {
        ParsedDump dump = parse("Just a line of text\nand another one\n");

        assertThat(dump.structureRecognised()).isFalse();
        assertThat(dump.pages()).hasSize(1);
        assertThat(dump.sections()).isEmpty();
        assertThat(dump.notes()).isEmpty();
        assertThat(dump.report().warnings()).anyMatch(warning -> warning.message().contains("only the page is imported"));
    }

    private static ParsedDump parse(String text) {
        return OcrParser.parse(text.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    private static ParsedDump parse(String text, String englishTitle) {
        return OcrParser.parse(text.getBytes(StandardCharsets.UTF_8),
                new ImportOptions(null, null, englishTitle, List.of(), ImportOptions.DEFAULT_MAX_PAGES));
    }

    private static String joined(ParsedDump dump) {
        StringBuilder text = new StringBuilder();
        dump.pages().forEach(page -> text.append(page.ocrOriginal()));
        return text.toString();
    }
}
