package org.emend.corpus;

import java.util.List;

/**
 * What a corpus document truly says, as it was typeset: every page with its printed number and
 * running head, the title block, every heading, paragraph and note (with the URLs it cites) and
 * every abstract on the abstracts page. Pages are counted from 0.
 *
 * @param heldOut kept out of tuning: its figures predict documents nobody has seen
 */
record Gold(String id, boolean heldOut, String title, List<String> authors, String summary, List<String> keywords,
        List<Page> pages, List<Heading> headings, List<Paragraph> paragraphs, List<Note> notes, List<Abstract> abstracts) {

    /** @param printedNumber as printed ({@code 044}) */
    record Page(String printedNumber, String runningHead, boolean abstractsPage) {
    }

    record Heading(int page, int level, String text) {
    }

    record Paragraph(int page, String text) {
    }

    /** @param runsOn the note is continued on the next page */
    record Note(int page, int marker, String text, List<String> urls, boolean runsOn) {
    }

    /** @param cutOff the abstract begins on an earlier page: only its end is here, without title or authors */
    record Abstract(int page, String title, List<String> authors, String text, List<String> keywords, boolean own,
            boolean cutOff) {
    }

    /**
     * Where something was drawn, in points from the page's top left: each OCR line is given the
     * role of what it was read from.
     *
     * @param role {@code head}, {@code foot}, {@code number}, {@code watermark}, a title-block part
     *        ({@code title}, {@code author}, {@code summary}, {@code keywords}, {@code bio},
     *        {@code classification}), {@code heading:i}, {@code para:i}, {@code note:i},
     *        {@code abstract:i}
     */
    record Drawn(int page, String role, float left, float top, float right, float bottom) {
    }
}
