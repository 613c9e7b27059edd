package org.emend.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.emend.corpus.CorpusDocument.Reading;
import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.junit.jupiter.api.Test;

/**
 * A journal that prints the article's title at the head of every page, the first included: where
 * the engine read the large title as soup, the first page's head is the title. Plain Java.
 */
class TitleFromFirstPageHeadTest {

    @Test
    void shouldTakeTheTitleFromTheFirstPagesHeadWhereTheTitleWasReadAsSoup() {
        CorpusDocument document = CorpusDocument.load(CorpusDocument.CORPUS.resolve("doc-26"));

        var dump = OcrParser.parse(document.dump(Reading.CHI, true, StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(dump.titleBlock().title()).isEqualTo("美国海底电缆合作的新动向");
    }
}
