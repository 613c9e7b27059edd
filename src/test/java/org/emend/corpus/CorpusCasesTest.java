package org.emend.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.emend.corpus.CorpusDocument.Reading;
import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedAbstract;
import org.emend.ocr.ParsedDump;
import org.emend.ocr.ParsedPage;
import org.junit.jupiter.api.Test;

/** Failures the corpus showed, each on the document that showed it, as Tesseract read it. Plain Java. */
class CorpusCasesTest {

    @Test
    void shouldTakeTheTitleFromTheFirstPagesHeadWhereTheTitleWasReadAsSoup() {
        // The journal prints the article's title over every page, the first included
        ParsedDump dump = parse("doc-26", Reading.CHI);

        assertThat(dump.titleBlock().title()).isEqualTo("美国海底电缆合作的新动向");
    }

    @Test
    void shouldKeepAKeywordWrappedOntoTheAbstractsPagesLastLineOutOfTheFoot() {
        // "competition" stands alone on other lines of the page too: it recurs, but carries on the line above
        ParsedDump dump = parse("doc-27", Reading.ENG);

        assertThat(dump.abstracts()).last().extracting(ParsedAbstract::keywords).asList()
                .containsExactly("European Union", "food security", "strategic competition");
    }

    @Test
    void shouldScoreASoupCitationOfAChineseWorkAsSoupThoughItsDateAndAddressAreEnglish() {
        // 作者：《题名》, a date and a URL, read without the Chinese model: OKBERASA: (Hing Reais) . March 14, 2021, https://…
        ParsedDump dump = parse("doc-03", Reading.ENG);

        assertThat(dump.notes()).filteredOn(note -> note.text().startsWith("OKBERASA:")).singleElement()
                .satisfies(note -> assertThat(note.garbleScore()).isGreaterThanOrEqualTo(0.8));
        // English citations open with their authors and a comma, and stay clean
        assertThat(dump.notes()).filteredOn(note -> note.text().contains("“")).isNotEmpty()
                .allSatisfy(note -> assertThat(note.garbleScore()).isLessThanOrEqualTo(0.3));
    }

    @Test
    void shouldNumberTheFirstPageFromItsFootThoughTheTitlesLettersReadApartHoldADigit() {
        ParsedDump dump = parse("doc-20", Reading.CHI);

        assertThat(dump.pages()).extracting(ParsedPage::printedNumber).containsExactly("023", "024", "152");
    }

    @Test
    void shouldNumberTheAbstractsPageFromTheNumberBetweenItsColumnsOverDigitsReadAfterTheIssue() {
        // The head 2021年第1期 read as 202125 5 134; the page's 206 read between the two columns of abstracts
        CorpusDocument document = CorpusDocument.load(CorpusDocument.CORPUS.resolve("doc-31"));
        ParsedDump dumped = parse("doc-31", Reading.ENG);
        ParsedDump scanned = OcrParser.parsePages(document.laidOut(Reading.ENG), ImportOptions.defaults(), true);

        assertThat(dumped.pages()).extracting(ParsedPage::printedNumber).containsExactly("095", "096", "206");
        assertThat(scanned.pages()).extracting(ParsedPage::printedNumber).containsExactly("095", "096", "206");
    }

    @Test
    void shouldNotOpenAPageAtAFootsMisreadNumberInADumpWithoutFormFeeds() {
        ParsedDump dump = OcrParser.parse(CorpusDocument.load(CorpusDocument.CORPUS.resolve("doc-04")).dump(Reading.CHI,
                false, StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(dump.pages()).extracting(page -> Integer.valueOf(page.printedNumber())).containsExactly(54, 55, 56, 57, 193);
    }

    private static ParsedDump parse(String document, Reading reading) {
        return OcrParser.parse(CorpusDocument.load(CorpusDocument.CORPUS.resolve(document)).dump(reading, true,
                StandardCharsets.UTF_8), ImportOptions.defaults());
    }
}
