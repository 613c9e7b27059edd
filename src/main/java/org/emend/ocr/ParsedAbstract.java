package org.emend.ocr;

import java.util.List;

/**
 * An abstract from an abstracts page; {@code ofArticle} when it is the imported article's
 * own, otherwise it belongs to another article of the same issue.
 */
public record ParsedAbstract(int pageIndex, String title, List<String> authors, String text, String ocrOriginal,
        List<String> keywords, boolean incomplete, double garbleScore, boolean ofArticle) {
}
