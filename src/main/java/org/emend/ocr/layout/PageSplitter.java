package org.emend.ocr.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.text.EnglishWords;
import org.emend.ocr.text.Line;
import org.emend.ocr.text.Lines;

/**
 * Cuts an OCR dump into pages. Form feeds decide when there are any. Otherwise page starts
 * are inferred by weighing evidence at every line:
 * <ul>
 * <li>a page is body text followed by its footnotes, so body text right after a footnote zone
 * starts a new page (+2, or +3 after strong footnote evidence), while body text right after
 * body text rarely does (−2), and never the line after a URL broken at its end (−3);</li>
 * <li>a page head (a watermark repeated across pages, a few short lines, a printed page
 * number) starts a page (+4), and so does a line carrying the number after the current page's;
 * a recurring line last seen inside a page, or an abstract's label, is no head;</li>
 * <li>the line after a page's foot (its number, a watermark under it) opens the next page (+4)
 * when a head follows; without one, the engine read the foot between two columns (+0.5);</li>
 * <li>a line that carries on the sentence of the line before is on the same page (−5);</li>
 * <li>pdftotext-style dumps begin most pages with a single leading space (+1.5); where the
 * clear page starts of a dump follow that convention, a start without it counts −1.5;</li>
 * <li>a page starts with body text, not a citation (−1.5), and body text follows (+0.5).</li>
 * </ul>
 * A line scoring {@value #THRESHOLD} or more starts a page. Then printed page numbers check
 * the count: between two numbered pages there must be as many pages as the numbers differ,
 * and the best-scoring rejected (or weakest accepted) starts between them make up the
 * difference.
 */
public final class PageSplitter {

    static final double THRESHOLD = 3;
    private static final int LOOK_BACK = 8;
    private static final int LOOK_AHEAD = 3;
    private static final int HEAD_REACH = 7;
    private static final int HEAD_NUMBER_REACH = 3;
    /** A head is much shorter than the text's lines: at most this share of the median line. */
    private static final double SHORT_HEAD = 0.5;
    /** An abstract's label: a phrase that recurs on an abstracts page without being a running head. */
    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(?:abstract|key\\s*words?|摘\\s*要|关\\s*键\\s*词)");
    private static final Pattern FIRST_WORD = Pattern.compile("([A-Za-z]+)\\b");
    /** Words a line of English does not end on when its sentence or title ends there. */
    private static final Set<String> OPEN_ENDINGS = Set.of("a", "an", "the", "of", "and", "or", "amid", "in", "on", "for",
            "to", "with", "from", "by", "at");
    private static final int HEAD_LENGTH = 60;
    private static final int MAX_RECONCILED = 2;

    private PageSplitter() {
    }

    public static PageSplit split(String text, String language) {
        return split(text, language, new IdentityHashMap<>());
    }

    /** Splits, keeping the line features it computes in {@code features} for the next steps. */
    public static PageSplit split(String text, String language, Map<Line, LineFeatures> features) {
        if (text.indexOf('\f') >= 0) {
            return byFormFeeds(text);
        }
        List<Line> lines = Lines.split(text, 1, 0);
        List<LineFeatures> lineFeatures = lines.stream()
                .map(line -> features.computeIfAbsent(line, l -> new LineFeatures(l, language))).toList();
        return inferred(lines, lineFeatures);
    }

    private static PageSplit inferred(List<Line> lines, List<LineFeatures> features) {
        PageEdges edges = PageEdges.of(lines);
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        if (nonBlank.isEmpty()) {
            return new PageSplit(List.of(lines), PageSplit.Method.SINGLE_PAGE, 0, "The input has no text");
        }
        TreeMap<Integer, Double> scores = new TreeMap<>();
        TreeSet<Integer> starts = findStarts(nonBlank, features, lines, edges, false, scores);
        if (followsLeadingSpaceConvention(starts, scores, features)) {
            scores.clear();
            starts = findStarts(nonBlank, features, lines, edges, true, scores);
        }
        int adjustments = reconcileWithPrintedNumbers(starts, scores, lines, edges);
        List<List<Line>> pages = cut(lines, starts);
        if (pages.size() == 1) {
            return new PageSplit(pages, PageSplit.Method.SINGLE_PAGE, 0.3,
                    "No page start was recognised: the input is kept as one page");
        }
        double confidence = confidence(starts, scores) * (adjustments > 0 ? 0.8 : 1);
        String explanation = "Page starts inferred from footnote zones, page heads and leading spaces ("
                + pages.size() + " pages" + (adjustments > 0 ? ", " + adjustments + " adjusted to fit the printed page numbers"
                        : "")
                + ")";
        return new PageSplit(pages, PageSplit.Method.INFERRED, Math.round(confidence * 100) / 100.0, explanation);
    }

    private static TreeSet<Integer> findStarts(List<Integer> nonBlank, List<LineFeatures> features, List<Line> lines,
            PageEdges edges, boolean leadingSpaceConvention, TreeMap<Integer, Double> scores) {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        List<Integer> lengths = nonBlank.stream().map(i -> lines.get(i).trimmed().length()).sorted().toList();
        int shortLine = (int) (lengths.get(lengths.size() / 2) * SHORT_HEAD);
        int skipUntil = -1;
        int pageStart = 0;
        // Recurring lines last seen inside a page: a phrase two abstracts share, not a running head
        Set<String> strayLines = new HashSet<>();
        Integer printed = printedNumber(0, nonBlank, lines);
        for (int k = 1; k < nonBlank.size(); k++) {
            int i = nonBlank.get(k);
            if (i <= skipUntil) {
                continue;
            }
            double score = startScore(k, pageStart, nonBlank, features, edges, shortLine, strayLines);
            Integer atEdge = Furniture.numberAtEdge(lines.get(i));
            if (printed != null && atEdge != null && atEdge == printed + 1 && !edges.recurs(lines.get(i))) {
                // A head that does not recur (an article's title heads one page) still carries the next number
                score += 4;
            }
            if (leadingSpaceConvention && !features.get(i).leadingSingleSpace() && !edges.isWatermark(lines.get(i))) {
                score -= 1.5;
            }
            scores.put(i, score);
            if (score >= THRESHOLD) {
                starts.add(i);
                pageStart = k;
                printed = printedNumber(k, nonBlank, lines);
                int numberLine = pageNumberAfter(k, nonBlank, lines);
                if (edges.watermarkAtHead() && edges.isWatermark(lines.get(i)) && numberLine >= 0) {
                    skipUntil = numberLine;
                }
            }
            String key = PageEdges.key(lines.get(i));
            if (key != null && k - pageStart >= HEAD_NUMBER_REACH) {
                strayLines.add(key);
            } else if (key != null) {
                strayLines.remove(key);
            }
        }
        return starts;
    }

    /** Whether nearly all clear page starts (score well above the bar) begin with a single space. */
    private static boolean followsLeadingSpaceConvention(TreeSet<Integer> starts, TreeMap<Integer, Double> scores,
            List<LineFeatures> features) {
        int clear = 0;
        int spaced = 0;
        for (int start : starts) {
            if (start > 0 && scores.getOrDefault(start, 0.0) >= THRESHOLD + 1) {
                clear++;
                if (features.get(start).leadingSingleSpace()) {
                    spaced++;
                }
            }
        }
        return clear >= 3 && spaced >= 0.8 * clear;
    }

    private static PageSplit byFormFeeds(String text) {
        List<List<Line>> pages = new ArrayList<>();
        int start = 0;
        int lineNumber = 1;
        while (start < text.length()) {
            int feed = text.indexOf('\f', start);
            int end = feed < 0 ? text.length() : feed + 1;
            String page = text.substring(start, end);
            if (feed >= 0 || !page.isBlank() || pages.isEmpty()) {
                List<Line> lines = Lines.split(page, lineNumber, start);
                pages.add(lines);
            } else {
                // White space after the last form feed stays with the last page.
                List<Line> last = new ArrayList<>(pages.remove(pages.size() - 1));
                last.addAll(Lines.split(page, lineNumber, start));
                pages.add(last);
            }
            List<Line> added = pages.get(pages.size() - 1);
            Line lastLine = added.isEmpty() ? null : added.get(added.size() - 1);
            lineNumber = lastLine == null ? lineNumber
                    : lastLine.number() + (lastLine.terminator().isEmpty() ? 0 : 1);
            start = end;
        }
        return new PageSplit(pages, PageSplit.Method.FORM_FEED, 1.0, "Pages split at the form feeds in the input");
    }

    private static double startScore(int k, int pageStart, List<Integer> nonBlank, List<LineFeatures> features,
            PageEdges edges, int shortLine, Set<String> strayLines) {
        LineFeatures line = features.get(nonBlank.get(k));
        Line before = features.get(nonBlank.get(k - 1)).line();
        double score = 0;
        if (line.leadingSingleSpace()) {
            score += 1.5;
        }
        boolean watermark = edges.isWatermark(line.line());
        boolean head = watermark && edges.watermarkAtHead()
                || !watermark && !edges.recurs(before) && edges.recurs(line.line())
                        && line.line().trimmed().length() <= HEAD_LENGTH && !LABEL.matcher(line.text()).find()
                        && !strayLines.contains(PageEdges.key(line.line()));
        if (head) {
            score += 4;
        }
        boolean aboveFootWatermark = !edges.watermarkAtHead() && k + 1 < nonBlank.size()
                && edges.isWatermark(features.get(nonBlank.get(k + 1)).line());
        if (watermark && !edges.watermarkAtHead() || Furniture.isPageNumber(line.line()) && !edges.recurs(before)
                || aboveFootWatermark) {
            // A page's foot closes it (its watermark, its number, even one misread as D7): never its first line
            score -= 4;
        }
        if (!watermark && (edges.isWatermark(before) && !edges.watermarkAtHead() || Furniture.isPageNumber(before))) {
            // ... and the line after it opens the next page, under that page's head; with no head
            // there, the engine read the foot between the two columns of one page
            score += opensWithHead(k, nonBlank, features, edges, shortLine) ? 4 : 0.5;
        }
        double previous = footnoteZoneBefore(k, pageStart, nonBlank, features);
        if (previous >= 5) {
            score += 3;
        } else if (previous >= 2.5) {
            score += 2;
        } else if (previous <= 0) {
            score -= 2;
        }
        if (k > 0 && features.get(nonBlank.get(k - 1)).endsInsideUrl()) {
            score -= 3;
        }
        if (carriesOnSentence(before, line.line())) {
            score -= 5;
        }
        if (!head) {
            // A page starts with body text: a line that is not clearly body is doubtful.
            if (line.noteScore() > -1) {
                score -= 1.5;
            }
            double following = 0;
            for (int j = k + 1; j < Math.min(nonBlank.size(), k + 1 + LOOK_AHEAD); j++) {
                following += features.get(nonBlank.get(j)).noteScore();
            }
            score += following < 0 ? 0.5 : following > 3 ? -1 : 0;
        }
        return score;
    }

    /**
     * Whether the page opening at {@code k} has a head: among its first lines a recurring line, a
     * watermark or a number, or a first line much shorter than the text's.
     */
    private static boolean opensWithHead(int k, List<Integer> nonBlank, List<LineFeatures> features, PageEdges edges,
            int shortLine) {
        for (int j = k; j < Math.min(nonBlank.size(), k + HEAD_NUMBER_REACH); j++) {
            Line line = features.get(nonBlank.get(j)).line();
            if (edges.recursAtEdge(line) || edges.isWatermark(line) || Furniture.numberAtEdge(line) != null
                    || j == k && line.trimmed().length() <= shortLine) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line goes on with the sentence the line before left open: Latin text broken
     * after a word or a comma, carried on in lower case ({@code …data flows} / {@code has become…},
     * an address broken inside a word), or after a word no line of a sentence or title ends on
     * ({@code …Layout amid} / {@code Great Power Competition}). Recurring phrases on an abstracts page would otherwise
     * read as running heads.
     */
    private static boolean carriesOnSentence(Line before, Line line) {
        String previous = before.trimmed();
        String text = line.trimmed();
        if (previous.isEmpty() || text.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        boolean open = last == ',' || last < 0x80 && Character.isLetter(last);
        String lastWord = previous.substring(previous.lastIndexOf(' ') + 1);
        Matcher firstWord = FIRST_WORD.matcher(text);
        if (!open || !firstWord.lookingAt()) {
            return false;
        }
        String word = firstWord.group(1);
        boolean lowerCase = word.equals(word.toLowerCase(Locale.ROOT));
        // Soup may open with a lower-case letter too: only a word, or the rest of an address, carries on
        return OPEN_ENDINGS.contains(lastWord)
                || lowerCase && (EnglishWords.get().contains(word) || lastWord.contains("/") && lastWord.contains("."));
    }

    /**
     * The strongest evidence that a footnote zone ends right before line {@code k}: the best
     * sum of note scores over the lines just before it, within the current page. English lines
     * after an abstract's label are abstracts, which look like notes to the scores: none.
     */
    private static double footnoteZoneBefore(int k, int pageStart, List<Integer> nonBlank, List<LineFeatures> features) {
        double sum = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int j = k - 1; j >= Math.max(pageStart, k - LOOK_BACK); j--) {
            if (LABEL.matcher(features.get(nonBlank.get(j)).text()).find()) {
                return 0;
            }
            sum += features.get(nonBlank.get(j)).noteScore();
            best = Math.max(best, sum);
        }
        return best == Double.NEGATIVE_INFINITY ? 0 : best;
    }

    /** The printed number among the first lines of the page opening at {@code k}, if one is there. */
    private static Integer printedNumber(int k, List<Integer> nonBlank, List<Line> lines) {
        for (int j = k; j < Math.min(nonBlank.size(), k + HEAD_NUMBER_REACH); j++) {
            Integer number = Furniture.numberAtEdge(lines.get(nonBlank.get(j)));
            if (number != null) {
                return number;
            }
        }
        return null;
    }

    private static int pageNumberAfter(int k, List<Integer> nonBlank, List<Line> lines) {
        for (int j = k + 1; j < Math.min(nonBlank.size(), k + HEAD_REACH); j++) {
            if (Furniture.isPageNumber(lines.get(nonBlank.get(j)))) {
                return nonBlank.get(j);
            }
        }
        return -1;
    }

    /**
     * Makes the page count between two pages with printed numbers agree with the numbers,
     * adding the best rejected starts or dropping the weakest accepted ones. Returns how many
     * starts changed.
     */
    private static int reconcileWithPrintedNumbers(TreeSet<Integer> starts, TreeMap<Integer, Double> scores, List<Line> lines,
            PageEdges edges) {
        int changes = 0;
        List<int[]> numbered = numberedPages(starts, lines, edges);
        for (int p = 0; p + 1 < numbered.size(); p++) {
            int[] from = numbered.get(p);
            int[] to = numbered.get(p + 1);
            int expected = to[1] - from[1];
            int firstLine = from[0];
            int lastLine = to[0];
            int actual = starts.subSet(firstLine, false, lastLine, true).size();
            // Numbers an engine garbled (a year read into a head) would move starts wholesale: only near misses are mended
            if (expected <= 0 || expected == actual || Math.abs(expected - actual) > MAX_RECONCILED) {
                continue;
            }
            while (actual < expected) {
                Integer best = null;
                for (var entry : scores.subMap(firstLine, false, lastLine, false).entrySet()) {
                    if (!starts.contains(entry.getKey()) && (best == null || entry.getValue() > scores.get(best))) {
                        best = entry.getKey();
                    }
                }
                if (best == null) {
                    break;
                }
                starts.add(best);
                actual++;
                changes++;
            }
            while (actual > expected) {
                Integer weakest = null;
                for (int start : starts.subSet(firstLine, false, lastLine, false)) {
                    if (weakest == null || scores.getOrDefault(start, 0.0) < scores.getOrDefault(weakest, 0.0)) {
                        weakest = start;
                    }
                }
                if (weakest == null) {
                    break;
                }
                starts.remove(weakest);
                actual--;
                changes++;
            }
        }
        return changes;
    }

    /** Pages whose head carries a printed number: [first line index, number]. */
    private static List<int[]> numberedPages(TreeSet<Integer> starts, List<Line> lines, PageEdges edges) {
        List<int[]> numbered = new ArrayList<>();
        List<Integer> ordered = new ArrayList<>(starts);
        for (int p = 0; p < ordered.size(); p++) {
            int end = p + 1 < ordered.size() ? ordered.get(p + 1) : lines.size();
            Furniture furniture = Furniture.of(lines.subList(ordered.get(p), end), edges);
            if (furniture.printedNumber() != null) {
                numbered.add(new int[] { ordered.get(p), Integer.parseInt(furniture.printedNumber()) });
            }
        }
        return numbered;
    }

    private static List<List<Line>> cut(List<Line> lines, TreeSet<Integer> starts) {
        List<List<Line>> pages = new ArrayList<>();
        List<Integer> ordered = new ArrayList<>(starts);
        for (int p = 0; p < ordered.size(); p++) {
            int end = p + 1 < ordered.size() ? ordered.get(p + 1) : lines.size();
            pages.add(List.copyOf(lines.subList(ordered.get(p), end)));
        }
        return pages;
    }

    private static double confidence(TreeSet<Integer> starts, TreeMap<Integer, Double> scores) {
        double sum = 0;
        int count = 0;
        for (int start : starts) {
            if (start == 0) {
                continue;
            }
            double score = scores.getOrDefault(start, THRESHOLD);
            sum += Math.max(0, Math.min(1, (score - 1) / 4));
            count++;
        }
        return count == 0 ? 0.5 : sum / count;
    }
}
