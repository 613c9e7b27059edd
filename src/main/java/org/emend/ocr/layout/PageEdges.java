package org.emend.ocr.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.emend.ocr.text.Line;

/**
 * What a whole dump says about the lines at the edges of its pages: which short lines recur
 * (running heads repeat on every other page, a footer or a watermark on every page, whatever an
 * engine made of them, as long as it read them alike), which lines are a distributor's watermark,
 * and whether watermarks stand at the head of the pages or at their foot. Digits are left out
 * when lines are compared, so that {@code 044 国际问题研究} and {@code 046 国际问题研究} recur.
 */
public record PageEdges(Map<String, Integer> counts, Map<String, Integer> ends, boolean watermarkAtHead, int headLength,
        boolean headsExpected) {

    private static final Pattern BARE_URL = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+/?$");
    private static final Pattern WATERMARK_TEXT = Pattern
            .compile("(?i)cnki\\.net|wanfangdata\\.com|cqvip\\.com|publishing\\s+house|all\\s+rights\\s+reserved");
    private static final Pattern GARBLED_NUMBER_AT_START = Pattern.compile("^\\d{1,3}\\p{IsLatin}\\s");
    private static final Pattern NOT_KEY = Pattern.compile("[\\s\\d\\p{Punct}“”‘’、，。：；！？（）《》【】—–·…©®]+");
    private static final int MAX_EDGE_LENGTH = 80;

    /** Whether a line is a distributor's notice or address ({@code … Publishing House. All rights reserved. cnki.net}). */
    static boolean namesDistributor(String text) {
        return WATERMARK_TEXT.matcher(text).find();
    }

    /** Short lines are also compared by how they begin and end, this many characters. */
    private static final int END = 4;
    private static final int SHORT_KEY = 24;
    private static final String START = "^";
    private static final double SHORT_HEAD = 0.6;
    private static final double MOST_PAGES = 0.6;
    private static final Pattern HEADING_MARK = Pattern
            .compile("^\\s*(?:[一二三四五六七八九十]{1,3}\\s?、|[（(]\\s?[一二三四五六七八九十—=]|\\d{1,2}\\s?[.、])");
    private static final int MAX_EXPECTED_HEAD = 40;
    /** A sentence's end, as Chinese prints it and as an engine without the Chinese model reads it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？.;!?]\\s*$|[。；！？]");
    /** {@code （一）} and {@code 一、} as an engine without the Chinese model reads them: {@code (—)}, {@code — >}. */
    private static final Pattern GARBLED_HEADING_MARK = Pattern
            .compile("^\\s*(?:[(（]\\s?\\S{1,2}\\s?[)）]|[—=-]\\s?[>»]|[>»]\\s)");
    /** Lines at least this many apart may stand on different pages. */
    private static final int PAGE_APART = 12;

    public static PageEdges of(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> ends = new HashMap<>();
        Map<String, Integer> lastSeen = new HashMap<>();
        int index = 0;
        for (Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            index++;
            String key = key(line);
            if (key != null) {
                // The same line again on the same page (a phrase two abstracts share) is no page edge
                Integer last = lastSeen.put(key, index);
                counts.merge(key, last == null || index - last >= PAGE_APART ? 1 : 0, Integer::sum);
                if (key.length() >= END * 2 && key.length() <= SHORT_KEY) {
                    ends.merge(START + key.substring(0, END), 1, Integer::sum);
                    ends.merge(key.substring(key.length() - END), 1, Integer::sum);
                }
            }
        }
        PageEdges edges = new PageEdges(counts, ends, true, 0, false);
        return new PageEdges(counts, ends, edges.watermarksOpenPages(lines), 0, false);
    }

    /**
     * Whether watermarks stand at the head of pages, where the head's printed number follows
     * them, rather than at the foot, under the number: as most of the dump's watermarks say.
     */
    private boolean watermarksOpenPages(List<Line> lines) {
        List<Line> nonBlank = lines.stream().filter(line -> !line.isBlank()).toList();
        int evidence = 0;
        for (int i = 0; i < nonBlank.size(); i++) {
            if (!isWatermark(nonBlank.get(i))) {
                continue;
            }
            evidence += i == 0 ? 1 : i == nonBlank.size() - 1 ? -1 : 0;
            evidence += i > 0 && Furniture.isPageNumber(nonBlank.get(i - 1)) ? -1 : 0;
            for (int j = i + 1; j < Math.min(nonBlank.size(), i + 6); j++) {
                if (Furniture.isPageNumber(nonBlank.get(j))) {
                    evidence++;
                    break;
                }
            }
        }
        return evidence > 0;
    }

    /** The line as compared: letters and Han only, lower case; {@code null} for a line too long or too short to tell. */
    static String key(Line line) {
        String text = line.trimmed();
        if (text.length() > MAX_EDGE_LENGTH && !WATERMARK_TEXT.matcher(text).find()) {
            return null;
        }
        // A page number at the head's start, misread with a letter (46 as 4G), is still the number
        String key = NOT_KEY.matcher(GARBLED_NUMBER_AT_START.matcher(text).replaceFirst("")).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return key.length() < 3 ? null : key;
    }

    /** Whether the line stands on two pages or more. */
    public boolean recurs(Line line) {
        String key = key(line);
        return key != null && counts.getOrDefault(key, 0) >= 2;
    }

    /**
     * Whether a short line stands on another page, or begins or ends as one does: a running head
     * that an engine misread differently each time ({@code 大国竞争背景下…布局} and
     * {@code 大国竞争表景下…布局}), or that repeats the article's title. Only for lines known to
     * stand at a page's edge: body lines may end alike.
     */
    public boolean recursAtEdge(Line line) {
        String key = key(line);
        if (key == null || recurs(line)) {
            return key != null;
        }
        return key.length() >= END * 2 && key.length() <= SHORT_KEY
                && (ends.getOrDefault(START + key.substring(0, END), 0) >= 2
                        || ends.getOrDefault(key.substring(key.length() - END), 0) >= 2);
    }

    /**
     * The same, knowing the pages: where most pages open with a line much shorter than the text's
     * lines, such lines are the running heads, whether they recur or not (a three-page article has
     * its title as a head once).
     */
    public PageEdges withPages(List<List<Line>> pages) {
        List<Integer> lengths = pages.stream().flatMap(List::stream).filter(line -> !line.isBlank())
                .map(line -> line.trimmed().length()).sorted().toList();
        if (pages.size() < 2 || lengths.isEmpty()) {
            return this;
        }
        int limit = (int) (lengths.get(lengths.size() / 2) * SHORT_HEAD);
        long shortFirst = pages.stream()
                .map(page -> page.stream().filter(line -> !line.isBlank()).findFirst().orElse(null))
                .filter(first -> first != null && first.trimmed().length() <= limit).count();
        return shortFirst >= Math.max(2, pages.size() * MOST_PAGES)
                ? new PageEdges(counts, ends, watermarkAtHead, limit, headsExpected)
                : this;
    }

    /**
     * The same, knowing the furniture the other rules found on the pages: where most of them
     * open with a running head, the others do too, and a line of its own at their top is theirs
     * even when it neither recurs nor carries the number (the article's title as the head of its
     * only odd page, read as Latin soup).
     */
    public PageEdges withHeadsFound(List<Furniture> found) {
        long headed = found.stream().filter(furniture -> furniture.runningHead() != null).count();
        return headed >= Math.max(2, found.size() * MOST_PAGES)
                ? new PageEdges(counts, ends, watermarkAtHead, headLength, true)
                : this;
    }

    /**
     * Whether a page's first line, standing alone, is the running head its page is expected to
     * open with: short, no heading's numbering, no sentence ending in it (a paragraph's last line
     * carried over from the page before).
     */
    public boolean expectedHead(Line line) {
        String text = line.trimmed();
        return headsExpected && text.length() <= MAX_EXPECTED_HEAD && !HEADING_MARK.matcher(text).find()
                && !SENTENCE_END.matcher(text).find() && !GARBLED_HEADING_MARK.matcher(text).find();
    }

    /** A page's first line short enough to be a running head where the pages open with one. */
    public boolean shortHead(Line line) {
        return headLength > 0 && line.trimmed().length() <= headLength && !HEADING_MARK.matcher(line.text()).find();
    }

    /** A distributor's watermark: its address or notice, or a bare address that recurs. */
    public boolean isWatermark(Line line) {
        String text = line.trimmed();
        if (namesDistributor(text)) {
            return true;
        }
        return BARE_URL.matcher(text).matches() && recurs(line);
    }

}
