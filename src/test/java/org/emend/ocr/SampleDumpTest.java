package org.emend.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.emend.ocr.garble.GarbleScorer;
import org.emend.ocr.notes.CitedUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test on the real sample, 国际问题研究 2024 No. 6. The expected values were written by
 * reading the sample, line by line, not by recording what the importer produces.
 */
class SampleDumpTest {

    static final String SAMPLE = "/ocr/intl-studies-2024-06-critical-minerals.txt";

    /** The input lines (1-based) where each of the 21 printed pages begins. */
    private static final List<Integer> PAGE_STARTS = List.of(1, 9, 42, 61, 81, 116, 141, 185, 231, 263, 297, 341, 374, 409,
            463, 490, 521, 551, 583, 615, 648);
    /** Footnotes per page: markers garbled or lost, numbering restarting on every page. */
    private static final List<Integer> NOTES_PER_PAGE = List.of(3, 6, 3, 4, 5, 4, 4, 4, 3, 3, 5, 2, 3, 6, 1, 1, 1, 2, 2, 2, 0);

    /** Every URL in the notes, page by page and note by note, as it must come out. */
    private static final List<List<String>> URLS = List.of(
            List.of(),
            List.of("https://www.irena.org/Digital-Report/Geopolitics-of-the-Energy-Transition-Critical-Materials"),
            List.of("https://www.iea.org/reports/the-role-of-critical-minerals-in-clean-energy-transitions"),
            List.of("https://www.wri.org/insights/critical-minerals-us-climate-goals"),
            List.of("https://www.politico.com/newsletters/california-climate/2024/05/07/move-over-evs-ai-needs-critical-minerals-00156725",
                    "https://foreignpolicy.com/2024/08/19/artificial-intelligence-critical-mineral-energy-transition-china/"),
            List.of("https://milkeninstitute.org/content-hub/event-panels/critical-minerals-mining-future-economy"),
            List.of("https://www.reuters.com/markets/commodities/ai-could-add-I-million-tons-copper-demand-by-2030-says-trafigura-2024-04-08/"),
            List.of("https://pubs.usgs.gov/publication/mcs2024"),
            List.of("https://www.orfonline.org/research/nurturing-cooperation-in-the-critical-minerals-supply-chains"),
            List.of(),
            List.of(),
            List.of("https://www.iea.org/reports/the-role-of-critical-minerals-in-clean-energy-transitions"),
            List.of(),
            List.of(),
            List.of("https://www.goldmansachs.com/insights/articles/resource-realism-the-geopolitics-of-critical-mineral-supply-chains"),
            List.of(),
            List.of("https://www.usip.org/publications/2023/06/challenging-chinas-grip-critical-minerals-can-be-boon-africas-future"),
            List.of("https://www.atlanticcouncil.org/news/transcripts/transcript-us-treasury-secretary-janet-yellen-on-the-next-steps-for-russia-sanctions-and-friend-shoring-supply-chains/"),
            List.of("https://www.atlanticcouncil.org/blogs/new-atlanticist/is-friendshoring-really-working/"),
            List.of(),
            List.of("https://www.usip.org/publications/2023/06/challenging-chinas-grip-critical-minerals-can-be-boon-africas-future"),
            List.of("https://www.iea.org/commentaries/latin-america-s-opportunity-in-critical-minerals-for-the-clean-energy-transition"),
            List.of("https://www.whitehouse.gov/wp-content/uploads/2022/08/U.S.-Strategy-Toward-Sub-Saharan-Africa-FINAL.pdf"),
            List.of("https://www.csis.org/analysis/de-risking-critical-mineral-supply-chains-role-latin-america"),
            List.of("https://www.bnnbloomberg.ca/investing/2024/07/10/chile-wins-us-tax-credit-treatment-for-battery-component-made-from-lithium/"),
            List.of("https://ustr.gov/about-us/policy-offices/press-office/press-releases/2023/march/united-states-and-japan-sign-critical-minerals-agreement"),
            List.of("https://www.state.gov/japan-u-s-clean-energy-partnership-welcomes-private-sector-investment-in-indonesias-clean-energy-future/"),
            List.of("https://www.state.gov/joint-statement-on-the-11th-united-states-european-union-energy-council/"),
            List.of("https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/05/u-s-eu-joint-statement-of-the-trade-and-technology-council-3/"),
            List.of("https://www.state.gov/united-states-and-canada-forge-ahead-on-critical-minerals-cooperation/"),
            List.of("https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/16/u-s-canada-joint-statement-on-the-extension-of-the-bilateral-energy-transformation-task-force/"),
            List.of("https://minister.dcceew.gov.au/bowen/media-releases/joint-media-release-australia-and-us-join-forces-path-net-zero"),
            List.of("https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/20/australia-united-states-climate-critical-minerals-and-clean-energy-transformation-compact/"),
            List.of("https://www.csis.org/analysis/adding-critical-minerals-agreement-agoa-reauthorization"),
            List.of("https://www.state.gov/the-united-states-of-america-and-peru-sign-memorandum-of-understanding-to-strengthen-cooperation-on-critical-minerals/"),
            List.of("https://www.state.gov/inaugural-u-s-argentina-energy-security-dialogue/"),
            List.of("https://www.state.gov/inaugural-cSl-critical-minerals-dialogue-among-the-united-states-and-kazakhstan-the-kyrgyz-republic-tajikistan-turkmenistan-and-uzbekistan/"),
            List.of("https://mn.usembassy.gov/pr-062723/"),
            List.of("https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/17/joint-fact-sheet-the-united-states-and-india-continue-to-chart-an-ambitious-course-for-the-initiative-on-critical-and-emerging-technology/"),
            List.of("https://www.logisticsinsider.in/strengthening-ties-us-india-partnership-to-bolster-critical-mineral-supply-chains/"),
            List.of("https://br.usembassy.gov/joint-statement-on-the-establishment-of-the-u-s-brazil-critical-minerals-working-group/"),
            List.of(),
            List.of(),
            List.of("https://www.whitehouse.gov/briefing-room/statements-releases/2021/04/23/fact-sheet-president-bidens-leaders-summit-on-climate/"),
            List.of("https://www.usgs.gov/centers/gggsc/science/critical-minerals-mapping-initiative-cmmi"),
            List.of("https://www.govinfo.gov/app/details/BILLS-117s3962is"),
            List.of("https://www.innovationaus.com/quad-countries-finish-mapping-critical-minerals-vulnerabilities/"),
            List.of("https://www.thestatesman.com/opinion/the-quad-fund-1503123136.html",
                    "https://www.afr.com/world/north-america/washington-insiders-launch-quad-fund-to-take-on-china-20221011-pSboq8"),
            List.of("https://www.aspistrategist.org.au/we-need-a-third-pillar-of-aukus-critical-minerals/"),
            List.of("https://www.iea.org/reports/critical-minerals-market-review-2023/implications"),
            List.of("https://www.iea.org/news/iea-summit-on-critical-minerals-and-clean-energy-key-takeaways"),
            List.of("https://www.iea.org/news/us-secretary-of-energy-to-chair-the-iea-s-2022-ministerial-meeting"),
            List.of("https://www.iea.org/news/2022-iea-ministerial-communique"),
            List.of(),
            List.of("https://www.irena.org/News/articles/2022/Mar/IRENA-Members-Pave-Way-for-New-Cooperation-on-Critical-Materials"),
            List.of("https://www.irena.org/Publications/2023/Jul/Geopolitics-of-the-Energy-Transition-Critical-Materials"),
            List.of("https://www.wilsoncenter.org/blog-post/furthering-us-indonesia-ties-beyond-mining"),
            List.of("https://www.state.gov/joint-statement-on-establishment-of-the-minerals-security-partnership-finance-network/"),
            List.of("https://www.nature.com/articles/d41586-023-02330-0"),
            List.of("https://www.mining-technology.com/features/will-the-lithium-triangle-form-the-new-opec/"),
            List.of("https://www.nbr.org/publication/critical-minerals-trade-and-the-green-energy-transition-the-role-of-apec/"),
            List.of("https://www.iea.org/reports/global-critical-minerals-outlook-2024"),
            List.of(),
            List.of());

    private static ParsedDump dump;

    @BeforeAll
    static void parseSample() throws IOException {
        dump = OcrParser.parse(sample(), ImportOptions.defaults());
    }

    static byte[] sample() throws IOException {
        try (InputStream in = SampleDumpTest.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldFindTheTwentyOnePagesWhereTheyBegin() {
        assertThat(dump.pages()).extracting(page -> page.lines().get(0).number()).containsExactlyElementsOf(PAGE_STARTS);
        assertThat(dump.report().pageSplit().method()).isEqualTo("inferred");
        assertThat(dump.report().pageSplit().confidence()).isGreaterThan(0.8);
    }

    @Test
    void shouldGiveTheInputBackByteForByteFromThePages() throws IOException {
        StringBuilder joined = new StringBuilder();
        dump.pages().forEach(page -> joined.append(page.ocrOriginal()));
        assertThat(joined.toString().getBytes(dump.decoded().charset())).isEqualTo(sample());
    }

    @Test
    void shouldReadPrintedNumbersAndInferTheOthers() {
        assertThat(dump.pages().get(7).printedNumber()).isEqualTo("079");
        assertThat(dump.pages().get(7).printedNumberInferred()).isFalse();
        assertThat(dump.pages().get(20).printedNumber()).isEqualTo("092");
        assertThat(dump.pages().get(20).printedNumberInferred()).isFalse();
        assertThat(dump.pages()).extracting(ParsedPage::printedNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(72, 92).mapToObj(n -> String.format("%03d", n)).toList());
        assertThat(dump.pages().get(0).printedNumberInferred()).isTrue();
    }

    @Test
    void shouldKeepFurnitureOutOfTheText() {
        ParsedPage furnished = dump.pages().get(7);
        assertThat(furnished.furniture().watermark()).isEqualTo("https://www.cnki.net");
        assertThat(furnished.furniture().runningHead()).contains("r [ %71 Y");
        assertThat(dump.sections()).noneMatch(section -> section.text().contains("cnki.net") || section.text().contains("079"));
        assertThat(dump.notes()).noneMatch(note -> note.text().contains("cnki.net"));
    }

    @Test
    void shouldFindEveryFootnoteNumberedOnItsPage() {
        for (int page = 0; page < NOTES_PER_PAGE.size(); page++) {
            int index = page;
            List<ParsedNote> onPage = dump.notes().stream().filter(note -> note.pageIndex() == index).toList();
            assertThat(onPage).as("notes on page %d", page + 1).hasSize(NOTES_PER_PAGE.get(page));
            assertThat(onPage).extracting(ParsedNote::numberOnPage)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, onPage.size()).boxed().toList());
        }
    }

    @Test
    void shouldGetEveryUrlExactlyRight() {
        List<List<String>> found = new ArrayList<>();
        for (ParsedNote note : dump.notes()) {
            found.add(note.citations().stream().flatMap(citation -> citation.urls().stream()).map(CitedUrl::url).toList());
        }
        assertThat(found).containsExactlyElementsOf(URLS);
    }

    @Test
    void shouldFlagUrlsTheOcrMayHaveChanged() {
        List<CitedUrl> urls = dump.notes().stream().flatMap(note -> note.citations().stream())
                .flatMap(citation -> citation.urls().stream()).toList();
        assertThat(urls).filteredOn(url -> url.url().contains("-I-million")).allMatch(CitedUrl::doubtful);
        assertThat(urls).filteredOn(url -> url.url().contains("cSl")).allMatch(CitedUrl::doubtful);
        assertThat(urls).filteredOn(url -> url.url().contains("council-3/")).allMatch(CitedUrl::doubtful);
        assertThat(urls).filteredOn(url -> url.url().contains("mcs2024")).noneMatch(CitedUrl::doubtful);
    }

    @Test
    void shouldParseCitationsIntoFields() {
        ParsedNote gulley = dump.notes().stream().filter(note -> note.text().contains("Gulley")).findFirst().orElseThrow();
        assertThat(gulley.citations().get(0).authors()).containsExactly("Andrew L.Gulley", "Nedal T. Nassar", "Sean Xun");
        assertThat(gulley.citations().get(0).title())
                .isEqualTo("China, the United States, and Competition for Resources that Enable Emerging Technologies");
        assertThat(gulley.citations().get(0).container()).startsWith("Proceedings of the National Academy of Sciences");
        assertThat(gulley.citations().get(0).pages()).isEqualTo("pp.4111-4115");

        ParsedNote barbanell = dump.notes().get(3);
        assertThat(barbanell.citations().get(0).authors()).containsExactly("Melissa Barbanell");
        assertThat(barbanell.citations().get(0).date()).isEqualTo("May 3, 2023");
        assertThat(barbanell.citations().get(0).isoDate()).isEqualTo("2023-05-03");

        ParsedNote irena = dump.notes().get(1);
        assertThat(irena.citations().get(0).title()).isEqualTo("Geopolitics of the Energy Transition");
        assertThat(irena.citations().get(0).container()).isEqualTo("IRENA");
        assertThat(irena.citations().get(0).isoDate()).isNull();
        assertThat(irena.citations().get(0).date()).isEqualTo("December 2023");

        ParsedNote twoWorks = dump.notes().get(4);
        assertThat(twoWorks.citations()).extracting(citation -> citation.authors().get(0))
                .containsExactly("Blanca Begert", "Christina Lu");
    }

    @Test
    void shouldKeepChineseNotesAsNotesInChinese() {
        assertThat(dump.notes().get(0).language()).isEqualTo("zh");
        assertThat(dump.notes().get(0).ocrOriginal()).startsWith("TR R, B GEBBURRIOCHT");
        assertThat(dump.notes().stream().filter(note -> note.language().equals("zh"))).hasSize(10);
    }

    @Test
    void shouldMatchMarkersPrintedOnALineOfTheirOwn() {
        List<ParsedNote> page14 = dump.notes().stream().filter(note -> note.pageIndex() == 13).toList();
        assertThat(page14).extracting(ParsedNote::marker).containsExactly("@", "@", "®", "©®", "©®", "©");
        ParsedNote usman = dump.notes().stream().filter(note -> note.text().startsWith("Zainab Usman")).findFirst()
                .orElseThrow();
        assertThat(usman.marker()).isEqualTo("®");
    }

    @Test
    void shouldFindTheSectionHeadings() {
        List<String> level1 = dump.sections().stream().filter(s -> s.heading() != null && s.level() == 1)
                .map(ParsedSection::heading).toList();
        List<String> level2 = dump.sections().stream().filter(s -> s.heading() != null && s.level() == 2)
                .map(ParsedSection::heading).toList();
        assertThat(level1).containsExactly("T RENILEA RO A R I R YR", "= FREMHEIH 4 42k B R M", ":t\\ én Ig");
        assertThat(level2).containsExactly("(=) NZIBHUHIR G", "(=) EBRMELBHLHIT", "(—) MeHrSE 4z h a4",
                "(=) FPERRTE T REREEST A", "(=) e A S = (L R XURG:", "(VU ) DBk P2 ia BEasE Ak");
        assertThat(dump.sections()).filteredOn(s -> s.level() == 3 && s.heading() != null)
                .extracting(ParsedSection::heading)
                .contains("2. SRR AW SGE R BER AR AR", "1. B2, bR Z A EE", "2. R - EEEE");
    }

    @Test
    void shouldContinueSectionsAcrossPagesInReadingOrder() {
        assertThat(dump.sections()).extracting(ParsedSection::pageIndex).isSorted();
        ParsedSection first079 = dump.sections().stream().filter(s -> s.pageIndex() == 7).findFirst().orElseThrow();
        assertThat(first079.continuesPrevious()).isTrue();
        assertThat(first079.heading()).isNull();
        assertThat(first079.text()).startsWith("ElE. XHnER");
    }

    @Test
    void shouldReadTheAbstractsPage() {
        assertThat(dump.abstracts()).hasSize(4);
        ParsedAbstract cutOff = dump.abstracts().get(0);
        assertThat(cutOff.title()).isNull();
        assertThat(cutOff.incomplete()).isTrue();
        assertThat(cutOff.text()).startsWith("will disrupt the security and stability of global industrial and supply chains");
        assertThat(cutOff.keywords()).containsExactly("manufacturing reshoring", "profit chasing of capital",
                "domestic politics",
                "major-country rivalry");

        ParsedAbstract own = dump.abstracts().get(1);
        assertThat(own.ofArticle()).isTrue();
        assertThat(own.title()).isEqualTo("The Critical Minerals Security Alliance of the United States");
        assertThat(own.authors()).containsExactly("Li Bing");
        assertThat(own.keywords()).containsExactly("United States", "critical minerals security alliance",
                "supply chain security", "containment of China");
        assertThat(own.text()).contains("alliances and partnerships", "achieved substantial progress", "a US-led anti-China",
                "minilateral frameworks");
        assertThat(own.text()).doesNotContain("-\n", "partner- ships");

        ParsedAbstract russia = dump.abstracts().get(2);
        assertThat(russia.title()).isEqualTo("Russia’s Critical Minerals Strategy from the Perspective of National Security");
        assertThat(russia.authors()).containsExactly("Shang Yue", "Han Yichen");
        assertThat(russia.keywords()).containsExactly("Russia", "critical mineral", "national security strategy");
        assertThat(russia.text()).startsWith("Recent years have witnessed notable progress");

        ParsedAbstract latin = dump.abstracts().get(3);
        assertThat(latin.title()).isEqualTo("Critical Minerals Governance Strategies of Latin American Countries");
        assertThat(latin.authors()).containsExactly("Yan Jin", "Shao Jingyi", "Ling Xiao");
        assertThat(latin.keywords()).isEmpty();
        assertThat(latin.incomplete()).isTrue();
        assertThat(latin.text()).contains("low-value-added exports");
    }

    @Test
    void shouldScoreGarbledChineseHighAndEnglishLow() {
        assertThat(dump.sections()).filteredOn(section -> section.text().length() > 200)
                .allSatisfy(section -> assertThat(section.garbleScore()).as(section.text().substring(0, 30))
                        .isGreaterThanOrEqualTo(GarbleScorer.GARBLED));
        assertThat(dump.notes()).filteredOn(note -> note.language().equals("en"))
                .allSatisfy(note -> assertThat(note.garbleScore()).as(note.text()).isLessThan(0.25));
        assertThat(dump.notes()).filteredOn(note -> note.language().equals("zh"))
                .allSatisfy(
                        note -> assertThat(note.garbleScore()).as(note.text()).isGreaterThanOrEqualTo(GarbleScorer.GARBLED));
        assertThat(dump.abstracts()).allSatisfy(summary -> assertThat(summary.garbleScore()).isLessThan(0.1));
        ParsedNote slips = dump.notes().stream().filter(note -> note.text().contains("Al Needs")).findFirst().orElseThrow();
        assertThat(slips.garbleScore()).isLessThan(GarbleScorer.CLEAN);
    }

    @Test
    void shouldAccountForEveryLine() {
        assertThat(dump.report().lines().leftover()).isZero();
        assertThat(dump.report().lines().total()).isEqualTo(777);
        ImportReport.LineAccount lines = dump.report().lines();
        assertThat(lines.body() + lines.footnotes() + lines.markerLines() + lines.abstracts() + lines.furniture())
                .isEqualTo(lines.total());
    }
}
