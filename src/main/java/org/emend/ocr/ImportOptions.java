package org.emend.ocr;

import java.util.List;

/**
 * What the caller knows about a dump before it is parsed.
 *
 * @param charset the input's charset, or {@code null} to detect it
 * @param language the article's language (BCP 47), or {@code null} to guess it from the text
 * @param englishTitle the article's English title, to find its abstract on an abstracts page
 * @param authorNames the authors' names, for the same purpose
 * @param maxPages more pages than this are refused
 */
public record ImportOptions(String charset, String language, String englishTitle, List<String> authorNames, int maxPages) {

    public static final int DEFAULT_MAX_PAGES = 2000;

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, List.of(), DEFAULT_MAX_PAGES);
    }
}
