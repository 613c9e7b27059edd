package org.emend.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.emend.corpus.CorpusDocument.Reading;
import org.emend.corpus.CorpusDocument.Row;
import org.emend.ocr.ParsedAbstract;
import org.emend.ocr.ParsedDump;
import org.emend.ocr.ParsedNote;
import org.emend.ocr.ParsedSection;
import org.emend.ocr.text.Line;
import org.emend.testing.Cer;

/**
 * How well one import recovered one document's structure, as counts against its {@link Gold}.
 * Blocks are matched to what was drawn by the text Tesseract read from it (two blocks are the same
 * when at least {@value #SAME} alike, white space aside), so the figures measure structure
 * recovery, not the engine.
 */
final class StructureScore {

    static final double SAME = 0.8;
    private static final Set<String> FURNITURE = Set.of("head", "number", "foot", "watermark");
    private static final Set<String> TITLE_BLOCK = Set.of("title", "author", "summary", "keywords", "bio", "classification");

    /** A figure as found of possible ({@code found / of}). */
    record Count(int found, int of) {
        static final Count NONE = new Count(0, 0);

        Count plus(Count other) {
            return new Count(found + other.found, of + other.of);
        }

        double rate() {
            return of == 0 ? 1 : (double) found / of;
        }

        @Override
        public String toString() {
            return of == 0 ? "–" : String.format(Locale.ROOT, "%d/%d", found, of);
        }
    }

    /** Matches of recovered blocks to true ones: precision is {@code matched/found}, recall {@code matched/expected}. */
    record Matches(int matched, int found, int expected) {

        static final Matches NONE = new Matches(0, 0, 0);

        Matches plus(Matches other) {
            return new Matches(matched + other.matched, found + other.found, expected + other.expected);
        }

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        double f1() {
            return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }
    }

    record Figures(Count pageBoundaries, Count printedNumbers, Count runningHeads, Matches notes, Count urls, Count abstracts,
            Count ownAbstract, Matches headings, Count headingLevels, int furnitureHeadings, Count soupScored,
            Count cleanScored, Count titleBlock,
            double bodyErrors, double bodyLength) {

        static final Figures NONE = new Figures(Count.NONE, Count.NONE, Count.NONE, Matches.NONE, Count.NONE, Count.NONE,
                Count.NONE, Matches.NONE, Count.NONE, 0, Count.NONE, Count.NONE, Count.NONE, 0, 0);

        Figures plus(Figures o) {
            return new Figures(pageBoundaries.plus(o.pageBoundaries), printedNumbers.plus(o.printedNumbers),
                    runningHeads.plus(o.runningHeads), notes.plus(o.notes), urls.plus(o.urls), abstracts.plus(o.abstracts),
                    ownAbstract.plus(o.ownAbstract),
                    headings.plus(o.headings), headingLevels.plus(o.headingLevels), furnitureHeadings + o.furnitureHeadings,
                    soupScored.plus(o.soupScored), cleanScored.plus(o.cleanScored), titleBlock.plus(o.titleBlock),
                    bodyErrors + o.bodyErrors, bodyLength + o.bodyLength);
        }

        double bodyCer() {
            return bodyLength == 0 ? 0 : bodyErrors / bodyLength;
        }
    }

    private StructureScore() {
    }

    /**
     * @param pagesGiven the pages came from the input (a PDF's pages), not from the importer:
     *        boundaries are not scored
     */
    static Figures of(CorpusDocument document, Reading reading, ParsedDump dump, boolean pagesGiven) {
        Gold gold = document.gold();
        List<Row> rows = document.readings().get(reading);
        return new Figures(pagesGiven ? Count.NONE : pageBoundaries(gold, rows, dump), printedNumbers(gold, dump),
                runningHeads(document, reading, dump), notes(document, reading, dump), urls(gold, dump),
                abstracts(gold, dump), ownAbstract(gold, dump), headings(document, reading, dump),
                headingLevels(document, reading, dump),
                furnitureHeadings(rows, dump), soupScored(document, reading, dump, true),
                soupScored(document, reading, dump, false), titleBlock(gold, reading, dump),
                reading == Reading.CHI ? bodyErrors(document, dump) : 0,
                reading == Reading.CHI ? bodyText(document).length() : 0);
    }

    private static Count pageBoundaries(Gold gold, List<Row> rows, ParsedDump dump) {
        int exact = 0;
        for (int p = 0; p < gold.pages().size() && p < dump.pages().size(); p++) {
            int page = p;
            List<String> expected = rows.stream().filter(row -> row.page() == page).map(row -> row.text().strip()).toList();
            List<String> found = dump.pages().get(p).lines().stream().filter(line -> !line.isBlank()).map(Line::trimmed)
                    .toList();
            exact += expected.equals(found) ? 1 : 0;
        }
        return new Count(exact, Math.max(gold.pages().size(), dump.pages().size()));
    }

    private static Count printedNumbers(Gold gold, ParsedDump dump) {
        int right = 0;
        for (int p = 0; p < gold.pages().size() && p < dump.pages().size(); p++) {
            String found = dump.pages().get(p).printedNumber();
            right += found != null && number(found) == number(gold.pages().get(p).printedNumber()) ? 1 : 0;
        }
        return new Count(right, gold.pages().size());
    }

    private static int number(String printed) {
        try {
            return Integer.parseInt(printed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Pages whose running-head lines were all taken as page furniture. */
    private static Count runningHeads(CorpusDocument document, Reading reading, ParsedDump dump) {
        int found = 0;
        int of = 0;
        for (int p = 0; p < document.gold().pages().size() && p < dump.pages().size(); p++) {
            int page = p;
            List<String> heads = document.rows(reading, "head").stream().filter(row -> row.page() == page)
                    .map(row -> row.text().strip()).toList();
            if (heads.isEmpty()) {
                continue;
            }
            of++;
            Set<String> furniture = dump.pages().get(p).furniture().lines().stream().map(Line::trimmed)
                    .collect(Collectors.toSet());
            found += furniture.containsAll(heads) ? 1 : 0;
        }
        return new Count(found, of);
    }

    private static Matches notes(CorpusDocument document, Reading reading, ParsedDump dump) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < document.gold().notes().size(); i++) {
            expected.add(joined(document.rows(reading, "note:" + i)));
        }
        return match(expected, dump.notes().stream().map(ParsedNote::text).toList());
    }

    /** The URLs the notes cite, each found exactly; any other URL found counts against. */
    private static Count urls(Gold gold, ParsedDump dump) {
        Set<String> expected = new HashSet<>();
        gold.notes().forEach(note -> expected.addAll(note.urls()));
        Set<String> found = new HashSet<>();
        dump.notes()
                .forEach(note -> note.citations().forEach(citation -> citation.urls().forEach(url -> found.add(url.url()))));
        int right = (int) expected.stream().filter(found::contains).count();
        int wrong = (int) found.stream().filter(url -> !expected.contains(url)).count();
        return new Count(right, expected.size() + wrong);
    }

    /** Abstracts read whole: title, authors and keywords right, cut-off ones flagged. */
    private static Count abstracts(Gold gold, ParsedDump dump) {
        int right = 0;
        for (Gold.Abstract expected : gold.abstracts()) {
            if (expected.cutOff()) {
                right += dump.abstracts().stream().anyMatch(found -> found.incomplete() && found.title() == null
                        && Cer.similarity(found.text(), expected.text()) >= SAME) ? 1 : 0;
                continue;
            }
            ParsedAbstract found = dump.abstracts().stream()
                    .filter(a -> a.title() != null && normal(a.title()).equals(normal(expected.title()))).findFirst()
                    .orElse(null);
            right += found != null && !found.incomplete() && normal(found.authors()).equals(normal(expected.authors()))
                    && normal(found.keywords()).equals(normal(expected.keywords())) ? 1 : 0;
        }
        int extra = Math.max(0, dump.abstracts().size() - gold.abstracts().size());
        return new Count(right, gold.abstracts().size() + extra);
    }

    /** The article's own abstract told from the others. */
    private static Count ownAbstract(Gold gold, ParsedDump dump) {
        String own = gold.abstracts().stream().filter(Gold.Abstract::own).map(Gold.Abstract::title).findFirst().orElse(null);
        if (own == null) {
            return Count.NONE;
        }
        boolean found = dump.abstracts().stream().anyMatch(a -> a.ofArticle() && normal(a.title()).equals(normal(own)));
        return new Count(found ? 1 : 0, 1);
    }

    private static String normal(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> normal(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(StructureScore::normal).toList();
    }

    private static Matches headings(CorpusDocument document, Reading reading, ParsedDump dump) {
        return match(expectedHeadings(document, reading), foundHeadings(dump));
    }

    private static List<String> expectedHeadings(CorpusDocument document, Reading reading) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < document.gold().headings().size(); i++) {
            expected.add(joined(document.rows(reading, "heading:" + i)));
        }
        return expected;
    }

    private static List<String> foundHeadings(ParsedDump dump) {
        return dump.sections().stream().map(ParsedSection::heading).filter(heading -> heading != null).toList();
    }

    /** Of the headings found, those at their true level. */
    private static Count headingLevels(CorpusDocument document, Reading reading, ParsedDump dump) {
        List<String> expected = expectedHeadings(document, reading);
        int right = 0;
        int matched = 0;
        for (ParsedSection section : dump.sections()) {
            if (section.heading() == null) {
                continue;
            }
            int best = best(section.heading(), expected);
            if (best >= 0) {
                matched++;
                right += document.gold().headings().get(best).level() == section.level() ? 1 : 0;
            }
        }
        return new Count(right, matched);
    }

    /** Headings made from page furniture or the title block: none is acceptable. */
    private static int furnitureHeadings(List<Row> rows, ParsedDump dump) {
        List<String> furniture = rows.stream()
                .filter(row -> FURNITURE.contains(row.role()) || TITLE_BLOCK.contains(row.role())
                        || row.role().startsWith("abstract"))
                .map(Row::text).toList();
        return (int) foundHeadings(dump).stream().filter(heading -> best(heading, furniture) >= 0).count();
    }

    /**
     * Blocks scored as they should be: Latin soup standing for Chinese at least 0.8 ({@code soup}),
     * clean text at most 0.3. What a block is follows from the reading and the gold: in the English
     * reading Chinese text is soup, English text is clean; in the Chinese reading all is clean.
     * Notes mixing Chinese and an address are neither.
     */
    private static Count soupScored(CorpusDocument document, Reading reading, ParsedDump dump, boolean soup) {
        int right = 0;
        int of = 0;
        for (ParsedSection section : dump.sections()) {
            if (section.text().isBlank() || (reading == Reading.ENG) != soup) {
                continue;
            }
            of++;
            right += soup ? (section.garbleScore() >= 0.8 ? 1 : 0) : (section.garbleScore() <= 0.3 ? 1 : 0);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < document.gold().notes().size(); i++) {
            expected.add(joined(document.rows(reading, "note:" + i)));
        }
        for (ParsedNote note : dump.notes()) {
            int best = best(note.text(), expected);
            if (best < 0) {
                continue;
            }
            Gold.Note gold = document.gold().notes().get(best);
            boolean chinese = gold.text().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean isSoup = chinese && reading == Reading.ENG;
            if (isSoup != soup) {
                continue;
            }
            of++;
            right += soup ? (note.garbleScore() >= 0.8 ? 1 : 0) : (note.garbleScore() <= 0.3 ? 1 : 0);
        }
        if (!soup) {
            for (ParsedAbstract found : dump.abstracts()) {
                of++;
                right += found.garbleScore() <= 0.3 ? 1 : 0;
            }
        }
        return new Count(right, of);
    }

    /** The title block read into the article: title, authors, summary and keywords (Chinese reading only). */
    private static Count titleBlock(Gold gold, Reading reading, ParsedDump dump) {
        if (reading != Reading.CHI) {
            return Count.NONE;
        }
        var block = dump.titleBlock();
        if (block == null) {
            return new Count(0, 4);
        }
        int right = 0;
        right += Cer.similarity(nullToEmpty(block.title()), gold.title()) >= 0.9 ? 1 : 0;
        right += block.authors().size() == gold.authors().size()
                && Cer.similarity(String.join("", block.authors()), String.join("", gold.authors())) >= 0.8 ? 1 : 0;
        right += Cer.similarity(nullToEmpty(block.summary()), gold.summary()) >= 0.9 ? 1 : 0;
        right += block.keywords().size() == gold.keywords().size() ? 1 : 0;
        return new Count(right, 4);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static double bodyErrors(CorpusDocument document, ParsedDump dump) {
        StringBuilder found = new StringBuilder();
        for (ParsedSection section : dump.sections()) {
            if (section.heading() != null) {
                found.append(section.heading());
            }
            found.append(section.text());
        }
        String expected = bodyText(document);
        return Cer.of(expected, withoutMarkers(found.toString())) * expected.replaceAll("\\s+", "").length();
    }

    /** The headings and paragraphs in the order they were set (the order their lines were read in), markers left out. */
    private static String bodyText(CorpusDocument document) {
        Gold gold = document.gold();
        StringBuilder text = new StringBuilder();
        document.readings().get(Reading.CHI).stream().map(Row::role).distinct().forEach(role -> {
            if (role.startsWith("heading:")) {
                text.append(gold.headings().get(Integer.parseInt(role.substring(8))).text());
            } else if (role.startsWith("para:")) {
                text.append(gold.paragraphs().get(Integer.parseInt(role.substring(5))).text());
            }
        });
        return withoutMarkers(text.toString()).replaceAll("\\s+", "");
    }

    private static String withoutMarkers(String text) {
        return text.replaceAll("[\\x{2460}-\\x{2473}]", "");
    }

    private static Matches match(List<String> expected, List<String> found) {
        boolean[] taken = new boolean[expected.size()];
        int matched = 0;
        for (String text : found) {
            int best = -1;
            double bestSimilarity = SAME;
            for (int i = 0; i < expected.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                double similarity = alike(expected.get(i), text);
                if (similarity >= bestSimilarity) {
                    bestSimilarity = similarity;
                    best = i;
                }
            }
            if (best >= 0) {
                taken[best] = true;
                matched++;
            }
        }
        return new Matches(matched, found.size(), expected.size());
    }

    private static int best(String text, List<String> candidates) {
        int best = -1;
        double bestSimilarity = SAME;
        for (int i = 0; i < candidates.size(); i++) {
            double similarity = alike(candidates.get(i), text);
            if (similarity >= bestSimilarity) {
                bestSimilarity = similarity;
                best = i;
            }
        }
        return best;
    }

    /**
     * How alike a block read is to the text it was read from, full-width and half-width forms
     * taken as one: putting the engine's {@code (一)} right as {@code （一）} is no error.
     */
    private static double alike(String expected, String found) {
        return Cer.similarity(Normalizer.normalize(expected, Normalizer.Form.NFKC),
                Normalizer.normalize(found, Normalizer.Form.NFKC));
    }

    private static String joined(List<Row> rows) {
        return rows.stream().map(Row::text).collect(Collectors.joining("\n"));
    }
}
