package org.emend.ocr.title;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.text.Line;
import org.emend.ocr.text.LineJoiner;
import org.emend.ocr.text.TextProfile;

/**
 * The title block a Chinese journal article opens with: its title, its authors, and labelled
 * fields ({@code 【内容摘要】}, {@code 【关键词】}, {@code 【作者简介】}, {@code 【中图分类号】},
 * {@code 【文献标识码】}, {@code 【文章编号】}). OCR bends the brackets ({@code [关键词]},
 * {@code (关键词)}) and an English-only engine turns the labels to soup ({@code (NAHE)}); the
 * block is then still found, by its bracketed labels and its article number, so that none of it
 * is taken for body text or headings, though its fields cannot be read.
 *
 * @param lines every line of the block, to be kept out of the body
 */
public record TitleBlock(String title, List<String> authors, String summary, List<String> keywords, String authorNotes,
        String classification, String articleNumber, List<Line> lines) {

    enum Field {
        // 摘 and 提 misread (内容搞要) leave the label's frame
        SUMMARY("内容摘要|内容提要|内容\\p{IsHan}要|摘要|提要"),
        KEYWORDS("关键词|关键字|主题词"),
        AUTHORS("作者简介"),
        CLASSIFICATION("中图分类号|中图法分类号"),
        DOCUMENT_CODE("文献标识码"),
        ARTICLE_NUMBER("文章编号");

        final Pattern label;

        Field(String names) {
            this.label = Pattern.compile("[【\\[〔(（{「]?\\s*(?:" + names + ")\\s*\\S?\\s*[】\\]〕)）}」:：]\\s*");
        }
    }

    /** Any of the labels, bracketed, however the engine bent the brackets. */
    private static final Pattern LABEL = Pattern.compile(
            "[【\\[〔(（{「]\\s*(?:内容摘要|内容提要|内容\\p{IsHan}要|摘\\s*要|提\\s*要|关键词|关键字|主题词|作者简介|中图分类号|中图法分类号|文献标识码|文章编号)\\s*\\S?\\s*[】\\]〕)）}」:：]|^\\s*(?:摘\\s*要|关键词|作者简介)\\s*[:：]");
    /** A label as soup: a short bracketed word opening the line ({@code (NAHE)}, {@code CHAS S)}). */
    private static final Pattern SOUP_LABEL = Pattern
            .compile("^\\s*[【\\[〔(（{「|]?\\s*[^\\s\\]】〕)）}」]{1,8}(?:\\s\\S{1,6})?\\s*[】\\]〕)）}」|]");
    private static final Pattern OPENING_BRACKET = Pattern.compile("^\\s*[【\\[〔(（{「]");
    /** The article number CNKI journals print: ISSN, (year), issue, first page, pages. */
    private static final Pattern ARTICLE_NUMBER = Pattern
            .compile("\\d{4}\\s*-\\s*\\d{3}[\\dXx]\\s*[(（]\\s*\\d{4}\\s*[)）]\\s*[\\dA-Za-z-—–]+");
    private static final Pattern HEADING = Pattern
            .compile("^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、,，.]|[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]|引\\s*言|导\\s*言|前\\s*言)");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\u3000”“\"、，,·;；/]+");
    private static final Set<Character> NAME_MARKS = Set.of('*', '①', '②', '③', '＊', '※', '†');
    /** Fields printed after the article number (the authors' notes) take a few lines at most. */
    private static final int AFTER_NUMBER = 3;
    /** Lines with less Han than this are soup; a title read well has at least {@link #TITLE_SHARE}. */
    private static final double SOUP_SHARE = 0.3;
    private static final double TITLE_SHARE = 0.5;
    /** A Chinese name of two to four characters read as Latin soup: a short word. */
    private static final int MAX_SOUP_NAME = 6;
    /** How far into the first page a title block is looked for. */
    private static final int REACH = 40;

    /**
     * The title block at the top of a page's content (furniture already set aside), or
     * {@code null} when the page does not open with one.
     */
    public static TitleBlock read(List<Line> content) {
        int limit = Math.min(content.size(), REACH);
        int firstLabel = -1;
        int lastLabel = -1;
        int articleNumber = -1;
        for (int i = 0; i < limit; i++) {
            String text = content.get(i).text();
            if (text.isBlank()) {
                continue;
            }
            if (HEADING.matcher(text).find() && firstLabel >= 0 || articleNumber >= 0 && i > articleNumber + AFTER_NUMBER) {
                break;
            }
            boolean real = LABEL.matcher(text).find() || ARTICLE_NUMBER.matcher(text).find();
            // Soup that looks like a label counts only near the others: body soup looks like one too
            boolean soup = SOUP_LABEL.matcher(text).find() && i >= 2 && (firstLabel < 0 || i - lastLabel <= 6)
                    && (articleNumber < 0 || OPENING_BRACKET.matcher(text).find());
            if (articleNumber >= 0 && !real && !soup) {
                // After the article number only a bracketed field (the authors' notes) belongs to the block
                break;
            }
            if (real || soup) {
                firstLabel = firstLabel < 0 ? i : firstLabel;
                lastLabel = i;
            }
            if (ARTICLE_NUMBER.matcher(text).find()) {
                articleNumber = i;
            }
        }
        if (firstLabel < 1 || !anyRealLabel(content.subList(firstLabel, lastLabel + 1))) {
            return null;
        }
        // The line with the article number is one line; the fields before it may run over several
        int end = lastLabel == articleNumber ? lastLabel + 1 : fieldEnd(content, lastLabel);
        // A speck the engine read as a letter or two is no line of the title
        List<Line> before = content.subList(0, firstLabel).stream()
                .filter(line -> !line.isBlank() && !line.trimmed().matches("[\\p{IsLatin}\\p{Punct}\\d]{1,2}")).toList();
        // A running head the furniture did not recognise, read as soup, stands above a title read well
        while (before.size() >= 2 && hanShare(before.get(0)) < SOUP_SHARE && hanShare(before.get(1)) >= TITLE_SHARE
                && names(before.get(1).text()).isEmpty()) {
            before = before.subList(1, before.size());
        }
        if (before.isEmpty()) {
            return null;
        }
        Map<Field, String> fields = fields(content.subList(firstLabel, end));
        Line last = before.get(before.size() - 1);
        // The authors' line, set in another face, is often read as soup under a title read well
        boolean authorLine = before.size() >= 2
                && (!names(last.text()).isEmpty() || hanShare(last) < TITLE_SHARE && hanShare(before.get(0)) >= TITLE_SHARE);
        List<String> authors = authorLine ? readableNames(last.text()) : List.of();
        // The authors' notes name them again, read in the text's face: whole where the line under the title is soup or misread
        List<String> named = AuthorNotes.names(fields.get(Field.AUTHORS));
        if (!named.isEmpty() && named.size() >= authors.size()) {
            authors = named;
        }
        List<Line> titleLines = authorLine ? before.subList(0, before.size() - 1) : before;
        String title = LineJoiner.join(titleLines.stream().map(Line::trimmed).toList()).replaceAll("\\s+", "");
        String keywords = fields.get(Field.KEYWORDS);
        return new TitleBlock(title.isEmpty() ? null : title, authors, fields.get(Field.SUMMARY),
                keywords == null ? List.of() : List.of(keywords.strip().split("[\\s\u3000;；,，、”“\"]+")),
                fields.get(Field.AUTHORS), fields.get(Field.CLASSIFICATION),
                articleNumber(fields, content.subList(firstLabel, end)),
                List.copyOf(content.subList(0, end)));
    }

    /** The same block, its title mended by the running heads that repeat it ({@link TitleFromHeads}). */
    public TitleBlock withTitleFrom(List<String> runningHeads) {
        return new TitleBlock(TitleFromHeads.mend(title, runningHeads), authors, summary, keywords, authorNotes,
                classification, articleNumber, lines);
    }

    /** The article number, labelled or found by its form when its label is soup. */
    private static String articleNumber(Map<Field, String> fields, List<Line> lines) {
        String labelled = fields.get(Field.ARTICLE_NUMBER);
        if (labelled != null) {
            return labelled;
        }
        for (Line line : lines) {
            Matcher number = ARTICLE_NUMBER.matcher(line.text());
            if (number.find()) {
                return number.group().replaceAll("\\s+", "");
            }
        }
        return null;
    }

    /** A block of soup alone is no title block unless its article number says so. */
    private static boolean anyRealLabel(List<Line> lines) {
        return lines.stream().anyMatch(line -> LABEL.matcher(line.text()).find() || ARTICLE_NUMBER.matcher(line.text()).find());
    }

    /** Where the last field ends: at a blank line, a heading, or after the line when it is short of the measure. */
    private static int fieldEnd(List<Line> content, int lastLabel) {
        int end = lastLabel + 1;
        while (end < content.size() && !content.get(end).isBlank() && !HEADING.matcher(content.get(end).text()).find()
                && !LABEL.matcher(content.get(end).text()).find()) {
            end++;
            if (content.get(end - 1).text().strip().endsWith("。")) {
                break;
            }
        }
        return end;
    }

    private static Map<Field, String> fields(List<Line> lines) {
        Map<Field, StringBuilder> texts = new EnumMap<>(Field.class);
        Field current = null;
        for (Line line : lines) {
            String rest = line.text();
            Matcher soupLabel = SOUP_LABEL.matcher(rest);
            if (current == Field.SUMMARY && !texts.containsKey(Field.KEYWORDS) && soupLabel.lookingAt()
                    && !LABEL.matcher(rest).find() && texts.get(Field.SUMMARY).toString().strip().endsWith("。")) {
                // After a whole summary, a field whose label the engine garbled ((Rei)) is its keywords
                current = Field.KEYWORDS;
                texts.put(current, new StringBuilder());
                rest = rest.substring(soupLabel.end());
            }
            while (!rest.isBlank()) {
                Field found = null;
                int start = rest.length();
                int bodyStart = 0;
                for (Field field : Field.values()) {
                    Matcher matcher = field.label.matcher(rest);
                    if (matcher.find() && matcher.start() < start) {
                        found = field;
                        start = matcher.start();
                        bodyStart = matcher.end();
                    }
                }
                String before = rest.substring(0, start);
                if (current != null && !before.isBlank()) {
                    texts.computeIfAbsent(current, field -> new StringBuilder()).append(before.strip()).append('\n');
                }
                if (found == null) {
                    break;
                }
                current = found;
                texts.computeIfAbsent(current, field -> new StringBuilder());
                rest = rest.substring(bodyStart);
            }
        }
        Map<Field, String> joined = new EnumMap<>(Field.class);
        texts.forEach((field, text) -> joined.put(field, LineJoiner.join(text.toString().lines().toList()).strip()));
        return joined;
    }

    private static double hanShare(Line line) {
        return TextProfile.of(line.text()).hanShare();
    }

    /** The names on an author line that can be read, soup around them left out ({@code BAN YS 陈明}). */
    private static List<String> readableNames(String line) {
        List<String> names = names(line);
        if (!names.isEmpty()) {
            return names;
        }
        List<String> readable = new ArrayList<>();
        for (String token : NAME_SEPARATORS.split(line.strip())) {
            if (token.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                readable.addAll(names(token));
            }
        }
        return readable;
    }

    /**
     * The names on an author line: Chinese names of two to four characters. One name the engine
     * read as a short word of Latin soup ({@code 朱丽娟 何一鸣 ASCH}) is left out of a line that names
     * two others.
     */
    private static List<String> names(String line) {
        List<String> names = new ArrayList<>();
        int soup = 0;
        StringBuilder cleaned = new StringBuilder();
        line.codePoints().filter(c -> !NAME_MARKS.contains((char) c) && !Character.isDigit(c))
                .forEach(cleaned::appendCodePoint);
        for (String token : NAME_SEPARATORS.split(cleaned.toString().strip())) {
            // An engine's stray mark beside a name (朱佳琪N) is not part of it
            String han = token.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            int hanCount = han.codePointCount(0, han.length());
            int others = token.codePointCount(0, token.length()) - hanCount;
            if (hanCount >= 2 && hanCount <= 4 && others <= 2) {
                names.add(han);
            } else if (hanCount == 0 && others <= MAX_SOUP_NAME) {
                soup += others > 2 ? 1 : 0;
            } else {
                return List.of();
            }
        }
        return soup == 0 || soup == 1 && names.size() >= 2 ? names : List.of();
    }
}
