package org.emend.corpus;

/**
 * How one journal sets its pages: what real journals vary and structure recovery must not
 * depend on.
 *
 * @param numberPlace where the printed page number stands
 * @param firstPage the printed number of the article's first page
 * @param padded numbers printed with leading zeros ({@code 044})
 * @param watermarkPercent the share of pages with a distributor's watermark at the foot
 * @param summaryLabel {@code 内容摘要} or {@code 内容提要}
 * @param abstractColumns the abstracts page in one or two columns
 * @param abstractLabel the label opening an abstract's text ({@code ""}: none)
 * @param keywordsLabel the label opening its keywords
 * @param spacedAbstracts a blank line between an abstract's parts
 * @param ownAbstractFirst the article's own abstract comes first on the abstracts page
 * @param firstAbstractCutOff the abstracts page opens with the end of an abstract begun on the page before
 */
record Layout(NumberPlace numberPlace, int firstPage, boolean padded, int watermarkPercent, String summaryLabel,
        int abstractColumns, String abstractLabel, String keywordsLabel, boolean spacedAbstracts, boolean ownAbstractFirst,
        boolean firstAbstractCutOff, String journal, String issue) {

    enum NumberPlace {
        /** On the running head's line, at the outer edge. */
        HEAD_OUTER,
        /** Alone at the foot of the page, centred. */
        FOOT_CENTRE,
        /** Alone at the foot of the page, at the outer edge. */
        FOOT_OUTER
    }

    static Layout of(Prose prose, int year, int issue) {
        NumberPlace[] places = NumberPlace.values();
        String[] journals = { "国际问题研究", "现代国际关系", "国际展望", "和平与发展", "区域与全球发展" };
        String[] abstractLabels = { "Abstract: ", "ABSTRACT: ", "" };
        String[] keywordLabels = { "Keywords: ", "Key words: ", "KEY WORDS: " };
        return new Layout(places[prose.between(0, places.length - 1)], prose.between(9, 160), prose.chance(60),
                prose.chance(50) ? 0 : prose.between(40, 100), prose.chance(50) ? "内容摘要" : "内容提要", prose.between(1, 2),
                abstractLabels[prose.between(0, 2)], keywordLabels[prose.between(0, 2)], prose.chance(50), prose.chance(40),
                prose.chance(50), journals[prose.between(0, journals.length - 1)], year + "年第" + issue + "期");
    }

    String number(int printed) {
        return padded ? String.format("%03d", printed) : Integer.toString(printed);
    }
}
