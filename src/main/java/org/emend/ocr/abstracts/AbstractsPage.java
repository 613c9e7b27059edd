package org.emend.ocr.abstracts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.emend.ocr.layout.LineFeatures;
import org.emend.ocr.text.EnglishWords;
import org.emend.ocr.text.Line;
import org.emend.ocr.text.LineJoiner;
import org.emend.ocr.text.TextProfile;

/**
 * Reads an issue's page of English abstracts, the columns already one after the other in the
 * dump. Each abstract is {@code Title} / {@code Authors} / {@code Abstract: text} /
 * {@code Keywords: a, b, c}, in blocks separated by blank lines; the first may be cut off at
 * the top (text and keywords only) and the last at the bottom (no keywords). Words broken at
 * line ends are mended ({@code reshor-}/{@code ing} → {@code reshoring}) while real hyphens
 * stay ({@code US-led}).
 */
public final class AbstractsPage {

    private static final Pattern ABSTRACT = Pattern.compile("^\\s*(?:Abstract|ABSTRACT|Summary)\\s*[:：]\\s*");
    private static final Pattern KEYWORDS = Pattern.compile("^\\s*(?:Key\\s?words|KEY\\s?WORDS|Keywords)\\s*[:：.]\\s*");
    private static final Pattern NAMES = Pattern.compile(
            "^(?:[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,3})(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,3})*$");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2,4}");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    /** No pinyin syllable has g before i: an engine read q as g ({@code Zhigiang}, {@code Jiagi}). */
    private static final Pattern MISREAD_Q = Pattern.compile("[gG](?=i)");

    private AbstractsPage() {
    }

    /** Whether a page carries English abstracts: an "Abstract:" or a "Keywords:" line. */
    public static boolean hasAbstracts(List<Line> lines) {
        return lines.stream().anyMatch(line -> ABSTRACT.matcher(line.text()).find() || KEYWORDS.matcher(line.text()).find());
    }

    /**
     * Where the abstracts begin on the page: after the last line that is not English (the
     * article's own last lines come first). Abstract and keyword lines count as English whatever
     * their words.
     */
    public static int regionStart(List<LineFeatures> lines) {
        boolean[] structural = new boolean[lines.size()];
        boolean inKeywords = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            inKeywords = !lines.get(i).isBlank() && (KEYWORDS.matcher(text).find() || inKeywords);
            structural[i] = inKeywords || ABSTRACT.matcher(text).find();
        }
        int start = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            LineFeatures line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            // Names in pinyin are no dictionary's words: they count as the names line they are
            boolean english = structural[i] || line.profile().hanShare() < 0.3 && line.profile().plausibility() >= 0.6
                    || areNames(line.text().strip());
            if (!english) {
                break;
            }
            start = i;
        }
        // Blank lines between the article's text and the first abstract stay with the article.
        return start;
    }

    /**
     * The abstracts of a region, each ended by its keywords. Before the keywords: a title, the
     * authors' names and the text (labelled or not); blank lines may part them or not. The text
     * opens after an {@code Abstract:} label, else after the names; with neither, the abstract is
     * the end of one begun on the page before.
     */
    public static List<AbstractDraft> parse(int pageIndex, List<Line> region) {
        List<AbstractDraft> abstracts = new ArrayList<>();
        int start = 0;
        while (start < region.size()) {
            int keywords = start;
            int labels = 0;
            int nextHeader = -1;
            while (keywords < region.size() && !KEYWORDS.matcher(region.get(keywords).text()).find()) {
                if (ABSTRACT.matcher(region.get(keywords).text()).find() && ++labels == 2) {
                    // The next abstract's title and names, but never an empty abstract before it
                    nextHeader = Math.max(headerStart(region, start, keywords), start + 1);
                    break;
                }
                keywords++;
            }
            int end = nextHeader >= 0 ? nextHeader : keywordsEnd(region, keywords);
            keywords = nextHeader >= 0 ? nextHeader : keywords;
            List<Line> entry = region.subList(start, end);
            if (entry.stream().anyMatch(line -> !line.isBlank())) {
                abstracts.add(entry(pageIndex, entry, keywords - start, abstracts.isEmpty()));
            }
            start = end;
        }
        return markCutAtEnd(abstracts);
    }

    /**
     * Where keywords starting at {@code at} end: a keyword line runs on while it ends with a
     * separator or the next line goes on in lower case; a title or names never do.
     */
    private static int keywordsEnd(List<Line> region, int at) {
        if (at >= region.size()) {
            return region.size();
        }
        int end = at + 1;
        while (end < region.size()) {
            String previous = region.get(end - 1).trimmed();
            if (region.get(end).isBlank()) {
                // An engine may part a keyword line from its run-on, which goes on in lower case
                int after = end + 1;
                if (previous.endsWith(".") || after >= region.size() || region.get(after).isBlank()
                        || !Character.isLowerCase(region.get(after).trimmed().codePointAt(0))) {
                    break;
                }
                end = after;
            }
            String next = region.get(end).trimmed();
            boolean runsOn = endsWithSeparator(previous) || Character.isLowerCase(next.codePointAt(0));
            if (!runsOn || KEYWORDS.matcher(next).find()) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean endsWithSeparator(String line) {
        return line.endsWith(",") || line.endsWith(";") || line.endsWith("，") || line.endsWith("；");
    }

    /** One abstract: its lines, of which those from {@code keywordsAt} on are its keywords. */
    private static AbstractDraft entry(int pageIndex, List<Line> lines, int keywordsAt, boolean first) {
        // Page furniture the columns left in (a number, a garbled running head) comes before any title
        List<Line> head = lines.subList(0, keywordsAt).stream().filter(line -> !line.isBlank())
                .dropWhile(line -> line.trimmed().matches("\\d{1,4}") || !english(line) || issueLine(line)).toList();
        List<String> keywordLines = lines.subList(keywordsAt, lines.size()).stream().filter(line -> !line.isBlank())
                .map(line -> KEYWORDS.matcher(line.trimmed()).replaceFirst("")).toList();
        int label = -1;
        for (int i = 0; i < head.size(); i++) {
            if (ABSTRACT.matcher(head.get(i).text()).find()) {
                label = i;
                break;
            }
        }
        int names = -1;
        int namesEnd = -1;
        if (label > 0) {
            // The names stand right above the label, on one line or two
            for (int span = 1; span <= 2 && span <= label && names < 0; span++) {
                if (areNames(joined(head.subList(label - span, label)))) {
                    names = label - span;
                    namesEnd = label;
                }
            }
        } else if (label < 0) {
            // Names on one line first: a title's last word alone on its line is no name run on into the names
            for (int span = 1; span <= 2 && names < 0; span++) {
                for (int i = first ? 0 : 1; i < Math.min(head.size(), 6) && i + span <= head.size() && names < 0; i++) {
                    if (i > 0 && areNames(joined(head.subList(i, i + span)))) {
                        names = i;
                        namesEnd = i + span;
                    }
                }
            }
        }
        String title = null;
        List<String> authors = List.of();
        int textStart = 0;
        if (names > 0 && titleLike(head.subList(0, names))) {
            title = LineJoiner.join(head.subList(0, names).stream().map(Line::trimmed).toList());
            authors = names(LineJoiner.join(head.subList(names, namesEnd).stream().map(Line::trimmed).toList()));
            textStart = label >= 0 ? label : namesEnd;
        } else if (label > 0 && titleLike(head.subList(0, label))) {
            title = LineJoiner.join(head.subList(0, label).stream().map(Line::trimmed).toList());
            textStart = label;
        } else if (label == 0) {
            textStart = 0;
        }
        List<String> text = head.subList(textStart, head.size()).stream()
                .map(line -> ABSTRACT.matcher(line.trimmed()).replaceFirst("")).toList();
        List<String> keywords = new ArrayList<>();
        for (String keyword : LineJoiner.join(keywordLines).split("[,;，；]")) {
            String trimmed = keyword.strip().replaceAll("[.。]$", "");
            if (!trimmed.isEmpty()) {
                keywords.add(trimmed);
            }
        }
        return new AbstractDraft(pageIndex, title, authors, paragraphs(text), keywords, title == null, false,
                List.copyOf(lines));
    }

    /**
     * Where the title and names of an abstract without keywords begin: the lines before its
     * label that do not end a sentence, at most four.
     */
    private static int headerStart(List<Line> region, int from, int label) {
        int header = label;
        while (header > from && label - header < 4
                && (region.get(header - 1).isBlank() || !region.get(header - 1).trimmed().endsWith("."))) {
            header--;
        }
        while (header < label && region.get(header).isBlank()) {
            header++;
        }
        return header;
    }

    /** A head's issue line garbled ({@code 20244 Si 6H} for 2024年第6期): a year and next to no words. */
    private static boolean issueLine(Line line) {
        return YEAR.matcher(line.text()).find() && WORD.matcher(line.text()).results().count() < 2;
    }

    private static boolean english(Line line) {
        TextProfile profile = TextProfile.of(line.text());
        return profile.hanShare() < 0.3 && profile.plausibility() >= 0.6;
    }

    private static String joined(List<Line> lines) {
        return LineJoiner.join(lines.stream().map(Line::trimmed).toList());
    }

    /** A title: a few lines, none ending a sentence. */
    private static boolean titleLike(List<Line> lines) {
        return !lines.isEmpty() && lines.size() <= 4
                && lines.stream().map(Line::trimmed).noneMatch(text -> text.endsWith(".") && !text.endsWith("etc."));
    }

    /**
     * The page's last abstract is cut off at the bottom when its text stops mid-sentence, or
     * when it lacks the keywords the others have.
     */
    private static List<AbstractDraft> markCutAtEnd(List<AbstractDraft> abstracts) {
        if (abstracts.isEmpty()) {
            return abstracts;
        }
        AbstractDraft last = abstracts.get(abstracts.size() - 1);
        boolean othersHaveKeywords = abstracts.subList(0, abstracts.size() - 1).stream().anyMatch(a -> !a.keywords().isEmpty());
        String text = last.text().strip();
        boolean endsSentence = text.endsWith(".") || text.endsWith("?") || text.endsWith("!") || text.endsWith("。");
        if ((!endsSentence && last.keywords().isEmpty()) || (othersHaveKeywords && last.keywords().isEmpty())) {
            List<AbstractDraft> marked = new ArrayList<>(abstracts.subList(0, abstracts.size() - 1));
            marked.add(new AbstractDraft(last.pageIndex(), last.title(), last.authors(), last.text(), last.keywords(),
                    last.cutOffAtStart(), true, last.lines()));
            return marked;
        }
        return abstracts;
    }

    /** Lines joined into paragraphs; an empty string marks a paragraph break. */
    private static String paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            paragraphs.add(LineJoiner.join(current));
        }
        return String.join("\n\n", paragraphs);
    }

    /** Names as abstracts pages print them: each of two words or more ({@code Yan Jin, Shao Jingyi, and Ling Xiao}). */
    private static boolean areNames(String line) {
        return NAMES.matcher(line).matches() && names(line).stream().allMatch(name -> name.contains(" "))
                && !line.endsWith(".") && names(line).stream().flatMap(name -> Arrays.stream(name.split("\\s+")))
                        .allMatch(AbstractsPage::nameWord);
    }

    /**
     * A word of a name in pinyin, or one an engine misread ({@code Zhigiang}); not an English word
     * that is no pinyin, as a title's second line has ({@code Supply Cooperation}).
     */
    private static boolean nameWord(String word) {
        return Romanisation.spellsPinyin(word) || !EnglishWords.get().contains(word);
    }

    private static List<String> names(String line) {
        List<String> names = new ArrayList<>();
        for (String name : line.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
            if (!name.isBlank()) {
                names.add(MISREAD_Q.matcher(name.strip()).replaceAll(match -> match.group().charAt(0) == 'G' ? "Q" : "q"));
            }
        }
        return names;
    }

}
