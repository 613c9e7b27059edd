package org.emend.ocr.abstracts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.emend.ocr.layout.LineFeatures;
import org.emend.ocr.text.Line;
import org.emend.ocr.text.LineJoiner;

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
    private static final Pattern KEYWORDS = Pattern.compile("^\\s*(?:Key\\s?words|KEY\\s?WORDS|Keywords)\\s*[:：]\\s*");
    private static final Pattern NAMES = Pattern.compile(
            "^(?:[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,3})(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,3})*$");

    private AbstractsPage() {
    }

    /** Whether a page carries English abstracts: an "Abstract:" line. */
    public static boolean hasAbstracts(List<Line> lines) {
        return lines.stream().anyMatch(line -> ABSTRACT.matcher(line.text()).find());
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
            boolean english = structural[i] || line.profile().hanShare() < 0.3 && line.profile().plausibility() >= 0.6;
            if (!english) {
                break;
            }
            start = i;
        }
        // Blank lines between the article's text and the first abstract stay with the article.
        return start;
    }

    private record Block(List<Line> lines) {
        String first() {
            return lines.stream().filter(line -> !line.isBlank()).findFirst().orElse(lines.get(0)).text();
        }

        boolean isAbstractStart() {
            return ABSTRACT.matcher(first()).find();
        }

        boolean isKeywords() {
            return KEYWORDS.matcher(first()).find();
        }

        List<String> texts() {
            return lines.stream().filter(line -> !line.isBlank()).map(Line::trimmed).toList();
        }
    }

    public static List<AbstractDraft> parse(int pageIndex, List<Line> region) {
        List<Block> blocks = blocks(region);
        List<Integer> starts = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).isAbstractStart()) {
                starts.add(b);
            }
        }
        List<AbstractDraft> abstracts = new ArrayList<>();
        int firstHeader = starts.isEmpty() ? blocks.size() : headerStart(blocks, starts.get(0));
        if (firstHeader > 0) {
            abstracts.add(body(pageIndex, null, List.of(), blocks.subList(0, firstHeader), true, false));
        }
        for (int s = 0; s < starts.size(); s++) {
            int at = starts.get(s);
            int header = headerStart(blocks, at);
            int end = s + 1 < starts.size() ? headerStart(blocks, starts.get(s + 1)) : blocks.size();
            String title = null;
            List<String> authors = List.of();
            if (at - header == 2) {
                title = LineJoiner.join(blocks.get(header).texts());
                authors = names(LineJoiner.join(blocks.get(header + 1).texts()));
            } else if (at - header == 1) {
                Block only = blocks.get(header);
                List<String> texts = only.texts();
                String last = texts.get(texts.size() - 1);
                if (texts.size() > 1 && NAMES.matcher(last).matches()) {
                    title = LineJoiner.join(texts.subList(0, texts.size() - 1));
                    authors = names(last);
                } else if (NAMES.matcher(LineJoiner.join(texts)).matches()) {
                    authors = names(LineJoiner.join(texts));
                } else {
                    title = LineJoiner.join(texts);
                }
            }
            List<Block> own = new ArrayList<>(blocks.subList(header, end));
            AbstractDraft parsed = body(pageIndex, title, authors, blocks.subList(at, end), title == null, false);
            abstracts.add(new AbstractDraft(pageIndex, title, authors, parsed.text(), parsed.keywords(), title == null, false,
                    linesOf(own)));
        }
        return markCutAtEnd(abstracts);
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

    /** The blocks before an "Abstract:" block that hold its title and authors: up to two, not keywords. */
    private static int headerStart(List<Block> blocks, int abstractBlock) {
        int header = abstractBlock;
        while (header > 0 && abstractBlock - header < 2 && !blocks.get(header - 1).isKeywords()
                && !blocks.get(header - 1).isAbstractStart() && blocks.get(header - 1).texts().size() <= 4
                && looksLikeHeader(blocks.get(header - 1))) {
            header--;
        }
        return header;
    }

    /** Titles and author lines are short and do not end in a full stop, unlike the end of an abstract. */
    private static boolean looksLikeHeader(Block block) {
        List<String> texts = block.texts();
        String last = texts.get(texts.size() - 1);
        return !last.endsWith(".") && !last.endsWith(",") && texts.stream().allMatch(text -> text.length() <= 60);
    }

    private static AbstractDraft body(int pageIndex, String title, List<String> authors, List<Block> blocks, boolean cutAtStart,
            boolean cutAtEnd) {
        List<String> text = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        boolean inKeywords = false;
        for (Block block : blocks) {
            if (block.isKeywords()) {
                inKeywords = true;
            }
            for (String line : block.texts()) {
                if (inKeywords) {
                    keywords.add(KEYWORDS.matcher(line).replaceFirst(""));
                } else {
                    text.add(ABSTRACT.matcher(line).replaceFirst(""));
                }
            }
            if (!inKeywords && !text.isEmpty()) {
                text.add("");
            }
        }
        List<String> keywordList = new ArrayList<>();
        if (!keywords.isEmpty()) {
            for (String keyword : LineJoiner.join(keywords).split("[,;，；]")) {
                String trimmed = keyword.strip().replaceAll("[.。]$", "");
                if (!trimmed.isEmpty()) {
                    keywordList.add(trimmed);
                }
            }
        }
        return new AbstractDraft(pageIndex, title, authors, paragraphs(text), keywordList, cutAtStart, cutAtEnd,
                linesOf(blocks));
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

    private static List<String> names(String line) {
        List<String> names = new ArrayList<>();
        for (String name : line.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** Blocks of non-blank lines; each block keeps the blank lines after it. */
    private static List<Block> blocks(List<Line> region) {
        List<Block> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        boolean inBlank = false;
        for (Line line : region) {
            if (!line.isBlank() && inBlank && current.stream().anyMatch(l -> !l.isBlank())) {
                blocks.add(new Block(current));
                current = new ArrayList<>();
            }
            inBlank = line.isBlank();
            current.add(line);
        }
        if (current.stream().anyMatch(l -> !l.isBlank())) {
            blocks.add(new Block(current));
        } else if (!blocks.isEmpty()) {
            List<Line> last = new ArrayList<>(blocks.remove(blocks.size() - 1).lines());
            last.addAll(current);
            blocks.add(new Block(last));
        }
        return blocks;
    }

    private static List<Line> linesOf(List<Block> blocks) {
        List<Line> lines = new ArrayList<>();
        blocks.forEach(block -> lines.addAll(block.lines()));
        return lines;
    }
}
