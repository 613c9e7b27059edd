package org.emend.ocr.body;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.text.TextProfile;

/**
 * Recognises the headings of Chinese academic articles, clean and as OCR garbles them.
 * <ul>
 * <li>Level 1, {@code 一、引言}: a Chinese numeral and 、 at a paragraph start; garbled, the
 * numeral is often lost, so a short paragraph standing alone between blank lines, with body
 * text after it on the same page and no sentence punctuation, is taken as one, and so is one
 * that opens with the mark as an English-only engine reads it ({@code — >}), wherever it stands.</li>
 * <li>Level 2, {@code （一）}: a numeral in brackets on a short line of its own; garbled
 * {@code (—)}, {@code (=)}, {@code (VU )}.</li>
 * <li>Level 3, {@code 1. 机制化合作。}: a digit and a full stop (or a comma, as OCR reads it)
 * at a paragraph start; the heading runs to the first full stop within 40 characters, and the
 * paragraph's text goes on after it. A digit without the stop is taken only where the count
 * makes it certain (the next number, or 1 after a higher heading).</li>
 * </ul>
 */
public final class Headings {

    private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十]{1,3}\\s?、");
    private static final Pattern LEVEL_2 = Pattern.compile(
            "^[（(]\\s?(?:[一二三四五六七八九十]{1,3}|—|–|-|=|二|三|VU|V|IV|[A-Z]{1,2}|[0-9]{1,2})\\s?[)）]\\s*\\S");
    /**
     * {@code 一、} as an engine without the Chinese model reads it ({@code — >}, {@code =»}), or as one with it may
     * ({@code > 跨境…}).
     */
    private static final Pattern GARBLED_LEVEL_1 = Pattern.compile("^[—–=-]\\s?[>»›]\\s*\\S|^[>»›`‘']\\s+(?=\\p{IsHan})");
    private static final Pattern LEVEL_3 = Pattern.compile("^(\\d{1,2})\\s?[.,，．、]\\s*(?=\\S)");
    private static final Pattern LEVEL_3_BARE = Pattern.compile("^(\\d)\\s+(?=[A-Z\\p{IsHan}])");
    private static final Pattern SENTENCE_END = Pattern.compile("。|．|\\s\\.\\s|\\.\\s|\\s\\.$|\\.$");
    private static final int MAX_HEADING_LENGTH = 40;
    private static final int MAX_LEVEL_3_HEADING = 40;
    private static final int MAX_OWN_LINE_HEADING = 24;
    private static final int MAX_UNNUMBERED_HEADING = 10;
    private static final Pattern INNER_STOP = Pattern.compile("[。，；？！]");

    private Headings() {
    }

    /**
     * The heading a paragraph starts with, if any.
     *
     * @param paragraph the paragraph's lines, trimmed
     * @param standsAlone blank lines (or the page edge) before and after it
     * @param blankBefore a blank line (not the page edge) before it
     * @param bodyFollows more body text comes after it on the same page
     * @param lastLevel3 the number of the last level-3 heading since the last higher one, or 0
     * @param afterHigherHeading whether a level-1 or level-2 heading came since the last level-3 one
     */
    public static Heading find(List<String> paragraph, boolean standsAlone, boolean blankBefore, boolean bodyFollows,
            int lastLevel3, boolean afterHigherHeading) {
        String first = paragraph.get(0);
        if (LEVEL_1.matcher(first).find() && isShort(paragraph)) {
            return whole(1, paragraph);
        }
        if (LEVEL_2.matcher(first).find() && isShort(paragraph)) {
            return whole(2, paragraph);
        }
        if (GARBLED_LEVEL_1.matcher(first).find() && isShort(paragraph) && !endsSentence(paragraph)) {
            // Its mark says what it is, even as the last line of its page or right above a level-2 heading
            return whole(1, paragraph);
        }
        Matcher numbered = LEVEL_3.matcher(first);
        Matcher bare = LEVEL_3_BARE.matcher(first);
        if (numbered.find()) {
            // A short line of its own is the heading whole; else the heading runs in to the paragraph
            return first.strip().length() <= MAX_OWN_LINE_HEADING && !endsSentence(List.of(first))
                    ? new Heading(3, first.strip(), 1, -1)
                    : level3(first, numbered.end());
        }
        if (blankBefore && bare.find()) {
            int number = Integer.parseInt(bare.group(1));
            if (number == lastLevel3 + 1 || (number == 1 && afterHigherHeading)) {
                return level3(first, bare.end());
            }
        }
        if (standsAlone && bodyFollows && isShort(paragraph) && !endsSentence(paragraph) && !looksLikeProse(paragraph)
                && isUnnumberedHeading(paragraph)) {
            return whole(1, paragraph);
        }
        return null;
    }

    public static int level3Number(Heading heading) {
        Matcher matcher = Pattern.compile("^(\\d{1,2})").matcher(heading.text());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static Heading level3(String line, int labelEnd) {
        Matcher end = SENTENCE_END.matcher(line);
        int stop = -1;
        while (end.find()) {
            if (end.start() > labelEnd) {
                stop = end.start();
                break;
            }
        }
        if (stop < 0 || stop - labelEnd > MAX_LEVEL_3_HEADING) {
            // No sentence end near: the heading is the number alone.
            return new Heading(3, line.substring(0, labelEnd).strip(), 1, labelEnd);
        }
        String heading = line.substring(0, stop).strip();
        int bodyStart = stop;
        while (bodyStart < line.length() && ("。．. ".indexOf(line.charAt(bodyStart)) >= 0)) {
            bodyStart++;
        }
        return new Heading(3, heading + (line.charAt(stop) == '。' ? "。" : ""), 1, bodyStart);
    }

    private static Heading whole(int level, List<String> paragraph) {
        return new Heading(level, String.join(" ", paragraph).strip(), paragraph.size(), -1);
    }

    private static boolean isShort(List<String> paragraph) {
        return paragraph.size() <= 2 && String.join("", paragraph).strip().length() <= MAX_HEADING_LENGTH;
    }

    private static boolean endsSentence(List<String> paragraph) {
        String last = paragraph.get(paragraph.size() - 1).strip();
        return last.endsWith("。") || last.endsWith(".") || last.endsWith("；") || last.endsWith(",") || last.endsWith("，")
                || last.endsWith("?") || last.endsWith("？") || last.endsWith("!");
    }

    /**
     * What an article leaves unnumbered among numbered headings is its introduction or conclusion
     * ({@code 引言}, {@code 结语}, {@code 结论与启示}): a few words without a stop or comma inside. A longer
     * piece of a line standing alone is a body line an engine cut where a note's marker stood.
     */
    private static boolean isUnnumberedHeading(List<String> paragraph) {
        String text = String.join("", paragraph).strip();
        // Soup spells a character in one to three letters: its length says nothing
        boolean readWell = TextProfile.of(text).hanShare() >= 0.5;
        return (!readWell || text.codePointCount(0, text.length()) <= MAX_UNNUMBERED_HEADING)
                && !INNER_STOP.matcher(text).find();
    }

    /** Real English running text standing alone is a short paragraph, not a heading. */
    private static boolean looksLikeProse(List<String> paragraph) {
        TextProfile profile = TextProfile.of(String.join(" ", paragraph));
        return profile.latinWords() >= 6 && profile.plausibility() > 0.8;
    }
}
