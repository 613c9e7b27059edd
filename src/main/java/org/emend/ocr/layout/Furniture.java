package org.emend.ocr.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.text.Line;

/**
 * Page furniture: what the printer put on a page that is not the article's text. A database
 * watermark ({@code https://www.cnki.net}), a running head (journal name, article title or
 * issue line), and the printed page number, at the head of the page or at its foot.
 *
 * @param lines the input lines that are furniture, so nothing else claims them
 * @param numberDoubtful whether the number was read after the issue in the head, where it may be
 *        the issue's own, garbled ({@code 第1期} as {@code 5 134}): a number alone elsewhere wins
 */
public record Furniture(String watermark, String runningHead, String printedNumber, Set<Line> lines,
        boolean numberDoubtful) {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    private static final Pattern NUMBER_AT_EDGE = Pattern
            .compile("^(\\d{1,4})(?![\\d年月日期卷号])\\s*|(?<![\\dA-Za-z第])(\\d{1,4})$");
    private static final int MAX_HEAD_LINES = 4;
    /** An issue as a journal's head names it: {@code 2024年第6期}, {@code No. 3}, {@code Vol. 12}. */
    private static final Pattern ISSUE = Pattern.compile("\\d{4}\\s*年\\s*第\\s*\\d{1,2}\\s*期|\\b(?:No|Vol)\\.\\s*\\d");
    private static final int MAX_HEAD_LENGTH = 60;
    private static final int MAX_NUMBERED_HEAD = 50;
    private static final int MAX_ISSUE_LINE = 24;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern GARBLED_ISSUE = Pattern.compile("(?<!\\d)(?:19|20)\\d{3,4}(?!\\d)");
    private static final Pattern NUMBER_AT_END = Pattern.compile("\\s\\d{1,4}$");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPECK = Pattern.compile("[\\p{IsLatin}\\p{Punct}]{1,2}");

    public static final Furniture NONE = new Furniture(null, null, null, Set.of());

    public Furniture(String watermark, String runningHead, String printedNumber, Set<Line> lines) {
        this(watermark, runningHead, printedNumber, lines, false);
    }

    /**
     * Whether the text names an issue as a journal's head does ({@code 2024年第6期}, {@code No. 3}),
     * or as an engine without the Chinese model reads one: the year run on into the issue ({@code 202245}).
     */
    public static boolean namesIssue(String text) {
        return ISSUE.matcher(text).find() || GARBLED_ISSUE.matcher(text).find();
    }

    /** Whether the page's printed number is where {@code line} stands: a line of only digits. */
    public static boolean isPageNumber(Line line) {
        return PAGE_NUMBER.matcher(line.text()).matches();
    }

    /**
     * The number at either end of a short line, as a page's head carries it
     * ({@code 044 国际问题研究}, {@code 文章标题 121}), or alone on its line; {@code null} when there is none.
     */
    public static Integer numberAtEdge(Line line) {
        String text = collapsed(line);
        if (isPageNumber(line)) {
            return Integer.valueOf(text);
        }
        Matcher edge = NUMBER_AT_EDGE.matcher(text);
        if (text.length() > MAX_NUMBERED_HEAD || !edge.find() || text.length() - edge.group().length() < 2) {
            return null;
        }
        return Integer.valueOf(edgeNumber(edge));
    }

    /**
     * The same furniture with the page's number found elsewhere on the page: on a page set in two
     * columns an engine may read the foot's number between them.
     */
    public Furniture withNumberOn(Line line) {
        Set<Line> with = new java.util.LinkedHashSet<>(lines);
        with.add(line);
        return new Furniture(watermark, runningHead, line.trimmed(), Set.copyOf(with));
    }

    /**
     * Finds the furniture of one page of a dump: at its head a watermark, a running head and the
     * printed number (alone on a line, or at either end of the head's line); at its foot the
     * number, a running foot and a watermark. A line is furniture when it stands at the edge and
     * recurs on other pages ({@link PageEdges}) or carries the number.
     */
    public static Furniture of(List<Line> page, PageEdges edges) {
        List<Line> nonBlank = page.stream().filter(line -> !line.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return NONE;
        }
        Set<Line> used = new java.util.LinkedHashSet<>();
        String watermark = null;
        String number = null;
        // A number read after the issue in the head may be the issue's own, garbled (第5期 as SB 514): a number alone at the foot wins
        boolean afterIssue = false;
        List<String> heads = new ArrayList<>();
        int first = 0;
        if (edges.isWatermark(nonBlank.get(0))) {
            watermark = nonBlank.get(0).trimmed();
            used.add(nonBlank.get(0));
            first = 1;
        }
        // A number alone at the foot is the page's: a head block closing with one (a title's letters read apart) is no head
        int headEnd = numberAloneAtFoot(nonBlank, edges) ? 0 : headBlockEnd(nonBlank, first, watermark != null);
        if (headEnd > 0) {
            for (int i = first; i < headEnd - 1; i++) {
                heads.add(nonBlank.get(i).trimmed());
            }
            number = nonBlank.get(headEnd - 1).trimmed();
            for (Line line : page) {
                used.add(line);
                if (line == nonBlank.get(headEnd - 1)) {
                    break;
                }
            }
            first = headEnd;
        } else if (first < nonBlank.size()) {
            // A speck the engine read as a letter or two above the head (Ww) goes with it
            Line speck = first + 1 < nonBlank.size() && SPECK.matcher(nonBlank.get(first).trimmed()).matches()
                    ? nonBlank.get(first)
                    : null;
            first += speck == null ? 0 : 1;
            Line line = nonBlank.get(first);
            String text = collapsed(line);
            Matcher edge = NUMBER_AT_EDGE.matcher(text);
            if (isPageNumber(line)) {
                number = text;
                if (speck != null) {
                    used.add(speck);
                }
                used.add(line);
                first++;
            } else if (text.length() <= MAX_HEAD_LENGTH
                    && (edges.recursAtEdge(line) || edge.find() && text.length() <= MAX_NUMBERED_HEAD
                            || ISSUE.matcher(text).find()
                            || edges.shortHead(line)
                            || edges.expectedHead(line) && standsAlone(page, line)
                            || first + 1 < nonBlank.size() && isIssueLine(nonBlank.get(first + 1))
                                    && text.length() <= MAX_NUMBERED_HEAD)) {
                edge.reset();
                if (edge.find() && text.length() - edge.group().length() >= 2) {
                    number = edgeNumber(edge);
                    afterIssue = afterIssue(edge, text);
                    text = (text.substring(0, edge.start()) + text.substring(edge.end())).strip();
                }
                heads.add(text);
                if (speck != null) {
                    used.add(speck);
                }
                used.add(line);
                first++;
                // A head set on two lines (journal, then issue) that an engine read apart
                if (first < nonBlank.size() - 1 && (isIssueLine(nonBlank.get(first)) || edges.recurs(nonBlank.get(first))
                        && ISSUE.matcher(nonBlank.get(first).text()).find()
                        && nonBlank.get(first).trimmed().length() <= MAX_HEAD_LENGTH)) {
                    String issue = collapsed(nonBlank.get(first));
                    Matcher issueEdge = NUMBER_AT_EDGE.matcher(issue);
                    if (number == null && issueEdge.find()) {
                        number = edgeNumber(issueEdge);
                        afterIssue = afterIssue(issueEdge, issue);
                        issue = (issue.substring(0, issueEdge.start()) + issue.substring(issueEdge.end())).strip();
                    }
                    heads.add(issue);
                    used.add(nonBlank.get(first));
                    first++;
                }
                if (number == null && first < nonBlank.size() - 1 && isPageNumber(nonBlank.get(first))) {
                    number = nonBlank.get(first).trimmed();
                    used.add(nonBlank.get(first));
                    first++;
                }
            } else if (speck != null) {
                first--;
            }
        }
        for (int i = nonBlank.size() - 1; i >= Math.max(first, nonBlank.size() - 3) && i > 0; i--) {
            Line line = nonBlank.get(i);
            String text = collapsed(line);
            Matcher edge = NUMBER_AT_EDGE.matcher(text);
            if (edges.isWatermark(line)) {
                watermark = watermark == null ? text : watermark;
            } else if ((number == null || afterIssue) && isPageNumber(line)) {
                number = text;
                afterIssue = false;
            } else if (text.length() <= MAX_HEAD_LENGTH && edges.recurs(line) && !carriesOnTheLineAbove(nonBlank, i)) {
                if (number == null && edge.find()) {
                    number = edgeNumber(edge);
                }
            } else {
                break;
            }
            used.add(line);
        }
        return used.isEmpty() ? NONE
                : new Furniture(watermark, heads.isEmpty() ? null : String.join("\n", heads), number, used, afterIssue);
    }

    /**
     * A line in lower case under one that ends mid-phrase goes on with it ({@code …food security,
     * strategic} / {@code competition}), however often the word stands alone elsewhere: no foot is.
     */
    private static boolean carriesOnTheLineAbove(List<Line> lines, int index) {
        String text = lines.get(index).trimmed();
        String above = index > 0 ? lines.get(index - 1).trimmed() : "";
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !above.isEmpty()
                && (Character.isLetter(above.charAt(above.length() - 1)) || above.endsWith(","));
    }

    /**
     * A short line naming the issue ({@code 2024年第6期}, perhaps with the number), or a year
     * garbled with the page number at its end ({@code 202048 58 34 183}): a head's second line.
     */
    private static boolean isIssueLine(Line line) {
        String text = collapsed(line);
        return text.length() <= MAX_ISSUE_LINE
                && (ISSUE.matcher(text).find() || YEAR.matcher(text).find() && NUMBER_AT_END.matcher(text).find());
    }

    /** Whether a blank line, or the page's end, follows the line. */
    private static boolean standsAlone(List<Line> page, Line line) {
        int at = page.indexOf(line);
        return at == page.size() - 1 || page.get(at + 1).isBlank();
    }

    /** Whether the number {@link #NUMBER_AT_EDGE} found ends a line that names the issue before it. */
    private static boolean afterIssue(Matcher edge, String text) {
        return edge.group(2) != null && namesIssue(text.substring(0, edge.start()));
    }

    private static boolean opensWithNumber(Line line) {
        String text = collapsed(line);
        Matcher edge = NUMBER_AT_EDGE.matcher(text);
        return text.length() <= MAX_NUMBERED_HEAD && edge.find() && edge.group(1) != null
                && text.length() - edge.group().length() >= 2;
    }

    /** The number {@link #NUMBER_AT_EDGE} found, at the line's start or at its end. */
    private static String edgeNumber(Matcher edge) {
        return edge.group(1) != null ? edge.group(1) : edge.group(2);
    }

    /** The line's text with the wide gap an engine keeps between a head and its number made one space. */
    private static String collapsed(Line line) {
        return SPACES.matcher(line.trimmed()).replaceAll(" ");
    }

    private static boolean numberAloneAtFoot(List<Line> nonBlank, PageEdges edges) {
        for (int i = nonBlank.size() - 1, seen = 0; i > 0 && seen < 3; i--, seen++) {
            Line line = nonBlank.get(i);
            if (isPageNumber(line)) {
                return true;
            }
            if (!edges.isWatermark(line) && !edges.recurs(line)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The end (exclusive) of a head block that closes with the number alone on a line, after a
     * few short lines: {@code 0} when the page has none.
     */
    private static int headBlockEnd(List<Line> nonBlank, int first, boolean watermark) {
        for (int i = first; i < Math.min(nonBlank.size(), first + MAX_HEAD_LINES + 1); i++) {
            Line candidate = nonBlank.get(i);
            if (isPageNumber(candidate)) {
                boolean shortHead = nonBlank.subList(first, i).stream()
                        .allMatch(line -> line.trimmed().length() <= MAX_HEAD_LENGTH);
                // A head that opens with the page's number (46 国际展望) needs no other: the digit under it is the text's
                boolean numberedHead = nonBlank.subList(first, i).stream().anyMatch(Furniture::opensWithNumber);
                return i > first && shortHead && !numberedHead && (watermark || i <= 2) ? i + 1 : 0;
            }
            if (candidate.trimmed().length() > MAX_HEAD_LENGTH) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The furniture of a page whose head and foot bands are known from where their lines stand:
     * the printed number is the one at either end of a band's line ({@code 044 国际问题研究 2025年第3期},
     * {@code 文章标题 121}), the rest of the head line the running head.
     */
    public static Furniture ofBands(List<Line> bands) {
        // A number alone on its line is the page's; digits at the end of a head beside it are the issue's, misread
        Line alone = bands.stream().filter(line -> line.trimmed().matches("\\d{1,4}")).findFirst().orElse(null);
        String number = alone == null ? null : alone.trimmed();
        String watermark = null;
        boolean afterIssue = false;
        List<String> heads = new ArrayList<>();
        for (Line line : bands) {
            String text = line.trimmed();
            if (line == alone) {
                continue;
            }
            if (PageEdges.namesDistributor(text)) {
                watermark = text;
                continue;
            }
            Matcher edge = NUMBER_AT_EDGE.matcher(text);
            if (number == null && edge.find()) {
                number = edgeNumber(edge);
                afterIssue = afterIssue(edge, text);
                text = text.substring(0, edge.start()) + text.substring(edge.end());
                text = text.strip();
            }
            if (!text.isEmpty()) {
                heads.add(text);
            }
        }
        return bands.isEmpty() ? NONE
                : new Furniture(watermark, heads.isEmpty() ? null : String.join("\n", heads), number, Set.copyOf(bands),
                        afterIssue);
    }

}
