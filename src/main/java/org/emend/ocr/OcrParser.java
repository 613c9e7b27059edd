package org.emend.ocr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emend.ocr.abstracts.AbstractDraft;
import org.emend.ocr.abstracts.AbstractMatcher;
import org.emend.ocr.abstracts.AbstractsPage;
import org.emend.ocr.body.SectionBuilder;
import org.emend.ocr.body.SectionDraft;
import org.emend.ocr.garble.GarbleScorer;
import org.emend.ocr.layout.Furniture;
import org.emend.ocr.layout.LineFeatures;
import org.emend.ocr.layout.PageEdges;
import org.emend.ocr.layout.PageGeometry;
import org.emend.ocr.layout.PageSplit;
import org.emend.ocr.layout.PageSplitter;
import org.emend.ocr.layout.PrintedNumbers;
import org.emend.ocr.lines.OcrLine;
import org.emend.ocr.notes.CitationParser;
import org.emend.ocr.notes.NoteDraft;
import org.emend.ocr.notes.NoteReferences;
import org.emend.ocr.notes.NoteSplitter;
import org.emend.ocr.notes.NoteZone;
import org.emend.ocr.notes.Urls;
import org.emend.ocr.text.ChinesePunctuation;
import org.emend.ocr.text.DecodedText;
import org.emend.ocr.text.Line;
import org.emend.ocr.text.LineJoiner;
import org.emend.ocr.text.RejectedInput;
import org.emend.ocr.text.TextDecoder;
import org.emend.ocr.text.TextProfile;
import org.emend.ocr.title.TitleBlock;

/**
 * The import pipeline, from the bytes of an OCR text dump to pages, sections, footnotes and
 * abstracts with garble scores and a report. Plain Java: no HTTP, no database.
 *
 * <ol>
 * <li>Decode ({@link TextDecoder}), changing nothing.</li>
 * <li>Split into pages ({@link PageSplitter}): form feeds, or inferred.</li>
 * <li>Per page: furniture ({@link Furniture}), an abstracts region ({@link AbstractsPage}),
 * the footnote zone ({@link NoteZone}) and its notes ({@link NoteSplitter}), the body.</li>
 * <li>Notes running onto the next page are joined; citations parsed ({@link CitationParser}).</li>
 * <li>Sections across pages ({@link SectionBuilder}); printed numbers inferred
 * ({@link PrintedNumbers}); garble scores ({@link GarbleScorer}).</li>
 * <li>Every input line is accounted for in the report.</li>
 * </ol>
 */
public final class OcrParser {

    private OcrParser() {
    }

    public static ParsedDump parse(byte[] bytes, ImportOptions options) {
        DecodedText decoded = TextDecoder.decode(bytes, options.charset());
        String text = decoded.text();
        String language = options.language() != null && !options.language().isBlank() ? options.language()
                : guessLanguage(text);
        Map<Line, LineFeatures> features = new IdentityHashMap<>();
        PageSplit split = PageSplitter.split(text, language, features);
        if (split.pages().size() > options.maxPages()) {
            throw new RejectedInput(RejectedInput.Reason.TOO_MANY_PAGES, "The dump has " + split.pages().size()
                    + " pages; at most " + options.maxPages() + " are taken in one import");
        }
        return new Analysis(decoded, language, split, options, features, null, Map.of()).run();
    }

    /** A page as a list of lines with their boxes, and its height in the boxes' unit. */
    public record LaidOutPage(List<OcrLine> lines, int height) {
    }

    /**
     * Recovers the structure of one page an OCR engine read, line by line with their boxes
     * ({@link #parsePages}); the engine's Latin punctuation beside Chinese and its garbled note
     * numbers are put right.
     */
    public static ParsedDump parseLines(List<OcrLine> lines, int pageHeight, ImportOptions options) {
        return parsePages(List.of(new LaidOutPage(lines, pageHeight)), options, true);
    }

    /**
     * Recovers the structure of pages whose lines' places are known (an OCR engine's boxes, a PDF's
     * text positions): each page's head, foot and footnote zone come from where its lines stand
     * ({@link PageGeometry}), the rest as for a dump. A page's text is its lines, with a blank
     * line between the bands and before each paragraph.
     *
     * @param engineRead the lines are an OCR engine's reading, to be put right as {@link #parseLines} says
     */
    public static ParsedDump parsePages(List<LaidOutPage> pages, ImportOptions options, boolean engineRead) {
        if (pages.size() > options.maxPages()) {
            throw new RejectedInput(RejectedInput.Reason.TOO_MANY_PAGES, "The document has " + pages.size()
                    + " pages; at most " + options.maxPages() + " are taken in one import");
        }
        StringBuilder text = new StringBuilder();
        List<PageLayout> layouts = new ArrayList<>();
        List<List<Double>> confidences = new ArrayList<>();
        for (LaidOutPage page : pages) {
            List<OcrLine> lines = page.lines();
            PageGeometry geometry = PageGeometry.of(lines, page.height());
            List<Integer> indexes = new ArrayList<>();
            List<Double> pageConfidences = new ArrayList<>();
            confidences.add(pageConfidences);
            int index = 0;
            for (int i = 0; i < lines.size(); i++) {
                boolean bandStarts = i > 0 && (i == geometry.headLines() || i == geometry.noteZoneStart()
                        || i == lines.size() - geometry.footLines() || geometry.paragraphStarts().contains(i));
                if (bandStarts) {
                    text.append('\n');
                    pageConfidences.add(null);
                    index++;
                }
                indexes.add(index++);
                pageConfidences.add(lines.get(i).confidence());
                String line = lines.get(i).text().replace('\f', ' ').replace('\n', ' ').replace('\r', ' ');
                text.append(engineRead ? ChinesePunctuation.normalize(line) : line).append('\n');
            }
            text.append('\f');
            Set<Integer> furniture = new HashSet<>(indexes.subList(0, geometry.headLines()));
            furniture.addAll(indexes.subList(lines.size() - geometry.footLines(), lines.size()));
            layouts.add(new PageLayout(furniture,
                    geometry.noteZoneStart() < lines.size() - geometry.footLines() ? indexes.get(geometry.noteZoneStart())
                            : null));
        }
        // Text already, and pages without a line (a scan without a text layer) are pages all the same
        DecodedText decoded = new DecodedText(text.toString(), StandardCharsets.UTF_8, false);
        String language = options.language() != null && !options.language().isBlank() ? options.language()
                : guessLanguage(decoded.text());
        Map<Line, LineFeatures> features = new IdentityHashMap<>();
        PageSplit split = PageSplitter.split(decoded.text(), language, features);
        Map<Line, Double> lineConfidences = new IdentityHashMap<>();
        for (int p = 0; p < split.pages().size() && p < confidences.size(); p++) {
            List<Line> pageLines = split.pages().get(p);
            for (int i = 0; i < pageLines.size() && i < confidences.get(p).size(); i++) {
                if (confidences.get(p).get(i) != null) {
                    lineConfidences.put(pageLines.get(i), confidences.get(p).get(i));
                }
            }
        }
        ParsedDump dump = new Analysis(decoded, language, split, options, features, layouts, lineConfidences).run();
        return engineRead ? withNoteNumbers(dump) : dump;
    }

    /**
     * Each page's garbled note references and markers numbered again, where they match the page's
     * notes one for one ({@link NoteReferences}).
     */
    private static ParsedDump withNoteNumbers(ParsedDump dump) {
        List<ParsedSection> sections = new ArrayList<>(dump.sections());
        List<ParsedNote> notes = new ArrayList<>(dump.notes());
        for (int page = 0; page < dump.pages().size(); page++) {
            int p = page;
            List<Integer> onPage = indexesOn(sections, section -> section.pageIndex() == p);
            List<Integer> notesOnPage = indexesOn(notes, note -> note.pageIndex() == p);
            List<String> texts = onPage.stream().map(i -> sections.get(i).text()).toList();
            List<String> restored = NoteReferences.restore(texts, notesOnPage.size());
            if (restored == texts) {
                continue;
            }
            for (int k = 0; k < onPage.size(); k++) {
                ParsedSection section = sections.get(onPage.get(k));
                sections.set(onPage.get(k), new ParsedSection(section.pageIndex(), section.level(), section.heading(),
                        restored.get(k), section.ocrOriginal(), section.continuesPrevious(), section.garbleScore()));
            }
            for (int k = 0; k < notesOnPage.size(); k++) {
                ParsedNote note = notes.get(notesOnPage.get(k));
                notes.set(notesOnPage.get(k), new ParsedNote(note.pageIndex(), note.numberOnPage(),
                        NoteReferences.restoreMarker(note.marker(), k + 1), note.language(), note.text(), note.ocrOriginal(),
                        note.citations(), note.garbleScore()));
            }
        }
        return new ParsedDump(dump.decoded(), dump.language(), dump.split(), dump.pages(), sections, notes, dump.abstracts(),
                dump.structureRecognised(), dump.report(), dump.titleBlock());
    }

    private static <T> List<Integer> indexesOn(List<T> items, java.util.function.Predicate<T> test) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (test.test(items.get(i))) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /**
     * What a page's geometry says, by the index of each line in the page as split: which are
     * furniture, and where the notes begin ({@code null}: no notes).
     */
    private record PageLayout(Set<Integer> furniture, Integer noteZone) {
    }

    /**
     * Chinese unless most lines read as English: lines of Chinese characters and lines of the
     * Latin soup OCR makes of Chinese both count for Chinese (footnotes in English do not
     * make a Chinese article English).
     */
    private static String guessLanguage(String text) {
        int chinese = 0;
        int english = 0;
        for (String line : text.lines().limit(5_000).toList()) {
            TextProfile profile = TextProfile.of(line);
            if (profile.weight() == 0) {
                continue;
            }
            if (profile.hanShare() >= 0.3 || profile.plausibility() < 0.5 || GarbleScorer.isLatinSoup(line)) {
                chinese++;
            } else if (profile.plausibility() >= 0.75) {
                english++;
            }
        }
        return english > 2 * chinese ? "en" : "zh";
    }

    /** One parse: the state that the steps share. */
    private static final class Analysis {

        private static final int MAX_UNRECOGNISED_HEAD = 3;

        private final DecodedText decoded;
        private final String language;
        private final PageSplit split;
        private final ImportOptions options;
        private final List<ImportReport.Warning> warnings = new ArrayList<>();
        private final Map<Line, String> roles = new IdentityHashMap<>();
        private final List<Furniture> furniture = new ArrayList<>();
        /** Pages of the issue's abstracts, which stand elsewhere in the issue than the article's pages. */
        private final Set<Integer> abstractsPages = new HashSet<>();
        private final List<List<Line>> bodies = new ArrayList<>();
        private final List<NoteDraft> notes = new ArrayList<>();
        private final List<AbstractDraft> abstracts = new ArrayList<>();
        private TitleBlock titleBlock;

        private final Map<Line, LineFeatures> features;
        private final List<PageLayout> layouts;
        /** The engine's mean word confidence of each line it read; none for a dump's lines. */
        private final Map<Line, Double> confidences;

        Analysis(DecodedText decoded, String language, PageSplit split, ImportOptions options,
                Map<Line, LineFeatures> features, List<PageLayout> layouts, Map<Line, Double> confidences) {
            this.confidences = confidences;
            this.features = features;
            this.layouts = layouts;
            this.decoded = decoded;
            this.language = language;
            this.split = split;
            this.options = options;
        }

        ParsedDump run() {
            List<Line> allLines = new ArrayList<>();
            split.pages().forEach(allLines::addAll);
            PageEdges edges = PageEdges.of(allLines).withPages(split.pages());
            PageEdges headed = edges.withHeadsFound(split.pages().stream().map(page -> Furniture.of(page, edges)).toList());
            for (int p = 0; p < split.pages().size(); p++) {
                // The article's first page opens with its title block, which no head rule may take
                readPage(p, split.pages().get(p), p == 0 ? edges : headed);
            }
            if (titleBlock != null) {
                titleBlock = titleBlock.withTitleFrom(furniture.stream().map(Furniture::runningHead)
                        .filter(head -> head != null).flatMap(String::lines).filter(head -> !Furniture.namesIssue(head))
                        .toList());
            }
            joinNotesAcrossPages();
            List<ParsedNote> parsedNotes = parseNotes();
            List<ParsedSection> sections = buildSections();
            List<ParsedAbstract> parsedAbstracts = matchAbstracts(parsedNotes, sections);
            List<ParsedPage> pages = pages(sections, parsedNotes, parsedAbstracts);
            boolean recognised = !parsedNotes.isEmpty() || !parsedAbstracts.isEmpty() || pages.size() > 1
                    || sections.stream().anyMatch(section -> section.heading() != null);
            if (!recognised) {
                warnings.add(new ImportReport.Warning(null, null,
                        "No structure was recognised (no page breaks, footnotes, headings or abstracts): only the page is imported"));
            }
            ImportReport report = report(allLines, pages, sections, parsedNotes, parsedAbstracts, recognised);
            // A page an engine read is text as it stands, structured or not
            boolean keep = recognised || layouts != null;
            return new ParsedDump(decoded, language, split, pages, keep ? sections : List.of(),
                    keep ? parsedNotes : List.of(), keep ? parsedAbstracts : List.of(), recognised, report, titleBlock);
        }

        private void readPage(int pageIndex, List<Line> page, PageEdges edges) {
            PageLayout layout = layouts == null ? null : layouts.get(pageIndex);
            Furniture pageFurniture = layout == null ? Furniture.of(page, edges)
                    : Furniture.ofBands(layout.furniture().stream().sorted().map(page::get).toList());
            furniture.add(pageFurniture);
            pageFurniture.lines().forEach(line -> roles.put(line, "furniture"));
            List<Line> content = page.stream().filter(line -> !pageFurniture.lines().contains(line)).toList();
            if (pageIndex == 0) {
                titleBlock = TitleBlock.read(content);
                if (titleBlock != null) {
                    titleBlock.lines().forEach(line -> roles.put(line, "title-block"));
                    content = content.subList(titleBlock.lines().size(), content.size());
                }
            }
            if (AbstractsPage.hasAbstracts(content)) {
                // A watermark the engine read between two columns of abstracts is no abstract's title
                content.stream().filter(edges::isWatermark).forEach(line -> roles.put(line, "furniture"));
                content = content.stream().filter(line -> !edges.isWatermark(line)).toList();
            }
            List<LineFeatures> features = content.stream()
                    .map(line -> this.features.computeIfAbsent(line, l -> new LineFeatures(l, language))).toList();
            int regionStart = content.size();
            if (AbstractsPage.hasAbstracts(content)) {
                regionStart = AbstractsPage.regionStart(features);
                // A page that is all abstracts but for a head the furniture did not recognise
                if (content.subList(0, regionStart).stream().filter(line -> !line.isBlank()).count() <= MAX_UNRECOGNISED_HEAD) {
                    abstractsPages.add(pageIndex);
                    content = withNumberFound(pageIndex, content);
                    features = content.stream().map(this.features::get).toList();
                    regionStart = AbstractsPage.regionStart(features);
                }
                List<AbstractDraft> found = AbstractsPage.parse(pageIndex, content.subList(regionStart, content.size()));
                abstracts.addAll(found);
                found.forEach(draft -> draft.lines().forEach(line -> roles.put(line, "abstract")));
            }
            List<LineFeatures> beforeAbstracts = features.subList(0, regionStart);
            // Where the lines' sizes do not set the notes apart (an English-only reading boxes soup
            // and notes alike), their text still does
            int zoneStart = layout == null || layout.noteZone() == null ? NoteZone.start(beforeAbstracts)
                    : laidOutZoneStart(beforeAbstracts, page.get(layout.noteZone()));
            NoteSplitter.Split split = NoteSplitter.split(pageIndex,
                    beforeAbstracts.subList(zoneStart, beforeAbstracts.size()));
            notes.addAll(split.notes());
            split.notes().forEach(note -> note.lines().forEach(line -> roles.put(line, "footnote")));
            split.markerLines().forEach(line -> roles.put(line, "markers"));
            List<Line> body = new ArrayList<>(content.subList(0, zoneStart));
            body.forEach(line -> roles.put(line, "body"));
            bodies.add(body);
            for (int i = zoneStart; i < regionStart; i++) {
                // Blank lines before the first note belong to the zone.
                roles.putIfAbsent(content.get(i), "footnote");
            }
            if (!split.markerLines().isEmpty()) {
                long unmarked = split.notes().stream().filter(note -> note.marker() == null).count();
                warnings.add(new ImportReport.Warning(split.markerLines().get(0).number(), pageIndex + 1,
                        unmarked == 0 ? "Footnote markers printed on a line of their own were matched to their notes"
                                : "Footnote markers printed on a line of their own could not be matched to " + unmarked
                                        + " note(s) without a marker"));
            }
        }

        /**
         * The content of an abstracts page without its printed number, when the engine read that
         * number between the page's columns rather than at its foot (and the head gave none, or
         * only digits after the issue).
         */
        private List<Line> withNumberFound(int pageIndex, List<Line> content) {
            Furniture pageFurniture = furniture.get(pageIndex);
            if (pageFurniture.printedNumber() != null && !pageFurniture.numberDoubtful()) {
                return content;
            }
            List<Line> numbers = content.stream().filter(Furniture::isPageNumber).toList();
            if (numbers.size() != 1) {
                return content;
            }
            furniture.set(pageIndex, pageFurniture.withNumberOn(numbers.get(0)));
            roles.put(numbers.get(0), "furniture");
            return content.stream().filter(line -> line != numbers.get(0)).toList();
        }

        /** Where the page's geometry put the first note, among the lines before any abstracts. */
        private static int laidOutZoneStart(List<LineFeatures> lines, Line first) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).line() == first) {
                    return i;
                }
            }
            return lines.size();
        }

        /** The engine's mean confidence over a block's lines, each weighted by its length; {@code null} for a dump. */
        private Double confidence(List<Line> lines) {
            double sum = 0;
            double weight = 0;
            for (Line line : lines) {
                Double confidence = confidences.get(line);
                if (confidence != null) {
                    sum += confidence * line.trimmed().length();
                    weight += line.trimmed().length();
                }
            }
            return weight == 0 ? null : sum / weight;
        }

        /** A page whose first note has no marker and no citation start carries on the last note of the page before. */
        private void joinNotesAcrossPages() {
            for (int i = notes.size() - 1; i > 0; i--) {
                NoteDraft note = notes.get(i);
                NoteDraft before = notes.get(i - 1);
                boolean firstOnPage = before.pageIndex() != note.pageIndex();
                if (firstOnPage && note.pageIndex() == before.pageIndex() + 1 && note.marker() == null
                        && !NoteSplitter.looksLikeCitationStart(note.textLines().get(0)) && !finished(before)) {
                    before.lines().addAll(note.lines());
                    notes.remove(i);
                    warnings.add(new ImportReport.Warning(note.lines().get(0).number(), note.pageIndex() + 1,
                            "A footnote runs on from the page before; its two parts were joined"));
                }
            }
        }

        /**
         * Whether a note ends where it should: with a full stop; a garbled Chinese note also
         * with a comma, as OCR often reads the closing 。 so.
         */
        private boolean finished(NoteDraft note) {
            List<String> lines = note.textLines();
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            LineFeatures lastLine = features.get(note.lastLine());
            if (lastLine != null && lastLine.endsInsideUrl()) {
                // https://www.brookings. at a page's foot goes on over the page
                return false;
            }
            boolean english = TextProfile.of(last).plausibility() >= 0.6 && TextProfile.of(last).hanShare() < 0.3;
            return last.endsWith(".") || last.endsWith("。") || (!english && (last.endsWith("，") || last.endsWith(",")));
        }

        private List<ParsedNote> parseNotes() {
            List<ParsedNote> parsed = new ArrayList<>();
            int page = -1;
            int numberOnPage = 0;
            for (NoteDraft note : notes) {
                numberOnPage = note.pageIndex() == page ? numberOnPage + 1 : 1;
                page = note.pageIndex();
                String text = LineJoiner.join(note.textLines());
                text = Urls.closeInnerSpaces(text);
                TextProfile profile = TextProfile.of(text);
                // Authors and a colon open a Chinese citation (作者：《题名》), an English one has a comma there:
                // in soup the English date and address after them do not make the note English
                String noteLanguage = profile.hanShare() >= 0.3 ? "zh"
                        : profile.plausibility() >= 0.6 && profile.latinWords() >= 2
                                && !LineFeatures.NAME_AND_COLON.matcher(text).find() ? "en" : language;
                // Soup has no citation to read, but the URLs in it are read right
                var citations = "en".equals(noteLanguage) || profile.hanShare() >= 0.3
                        || Urls.mentions(text)
                                ? CitationParser.parse(text)
                                : List.<org.emend.ocr.notes.Citation> of();
                citations.stream().flatMap(citation -> citation.urls().stream()).filter(url -> url.doubtful())
                        .forEach(
                                url -> warnings.add(new ImportReport.Warning(note.lines().get(0).number(), note.pageIndex() + 1,
                                        "Doubtful URL " + url.url() + ": " + url.doubt())));
                parsed.add(new ParsedNote(note.pageIndex(), numberOnPage, note.marker(), noteLanguage, text, note.ocrOriginal(),
                        citations, GarbleScorer.withConfidence(GarbleScorer.score(text, profile, noteLanguage),
                                confidence(note.lines()))));
            }
            return parsed;
        }

        private List<ParsedSection> buildSections() {
            List<Integer> widths = new ArrayList<>();
            bodies.forEach(
                    body -> body.stream().filter(line -> !line.isBlank()).forEach(line -> widths.add(line.trimmed().length())));
            widths.sort(Integer::compareTo);
            double measure = widths.isEmpty() ? 0 : widths.get(widths.size() * 3 / 4);
            SectionBuilder builder = new SectionBuilder(measure);
            for (int p = 0; p < bodies.size(); p++) {
                if (!bodies.get(p).isEmpty()) {
                    builder.addPage(p, bodies.get(p));
                }
            }
            List<ParsedSection> sections = new ArrayList<>();
            for (SectionDraft draft : builder.sections()) {
                String scored = (draft.heading() == null ? "" : draft.heading() + "\n") + draft.text();
                sections.add(
                        new ParsedSection(draft.pageIndex(), draft.level(), draft.heading(), draft.text(), draft.ocrOriginal(),
                                draft.continuesPrevious(),
                                GarbleScorer.withConfidence(GarbleScorer.score(scored, language), confidence(draft.lines()))));
            }
            return sections;
        }

        private List<ParsedAbstract> matchAbstracts(List<ParsedNote> parsedNotes, List<ParsedSection> sections) {
            StringBuilder englishOfArticle = new StringBuilder();
            parsedNotes.stream().filter(note -> "en".equals(note.language()))
                    .forEach(note -> englishOfArticle.append(note.text()).append(' '));
            sections.forEach(section -> englishOfArticle.append(section.text().replaceAll("[^A-Za-z\\s-]", " ")).append(' '));
            List<String> authors = new ArrayList<>(options.authorNames() == null ? List.of() : options.authorNames());
            if (titleBlock != null) {
                authors.addAll(titleBlock.authors());
            }
            int own = abstracts.isEmpty() ? -1
                    : AbstractMatcher.match(abstracts, options.englishTitle(), authors, englishOfArticle.toString());
            if (!abstracts.isEmpty() && own < 0) {
                warnings.add(new ImportReport.Warning(null, abstracts.get(0).pageIndex() + 1,
                        "None of the abstracts on the abstracts page could be matched to this article"));
            }
            List<ParsedAbstract> parsed = new ArrayList<>();
            for (int i = 0; i < abstracts.size(); i++) {
                AbstractDraft draft = abstracts.get(i);
                if (draft.incomplete()) {
                    warnings.add(new ImportReport.Warning(draft.lines().get(0).number(), draft.pageIndex() + 1,
                            "An abstract is cut off at the " + (draft.cutOffAtStart() ? "top" : "bottom") + " of the page"));
                }
                parsed.add(
                        new ParsedAbstract(draft.pageIndex(), draft.title(), draft.authors(), draft.text(), draft.ocrOriginal(),
                                draft.keywords(), draft.incomplete(),
                                GarbleScorer.withConfidence(GarbleScorer.score(draft.text(), "en"), confidence(draft.lines())),
                                i == own));
            }
            return parsed;
        }

        private List<ParsedPage> pages(List<ParsedSection> sections, List<ParsedNote> parsedNotes,
                List<ParsedAbstract> parsedAbstracts) {
            List<String> found = furniture.stream().map(Furniture::printedNumber).toList();
            List<PrintedNumbers.Number> numbers = PrintedNumbers.infer(found, abstractsPages);
            // A page's score: its blocks' scores weighted by their length.
            double[] weighted = new double[split.pages().size()];
            double[] length = new double[split.pages().size()];
            sections.forEach(block -> add(weighted, length, block.pageIndex(), block.garbleScore(), block.text()));
            parsedNotes.forEach(block -> add(weighted, length, block.pageIndex(), block.garbleScore(), block.text()));
            parsedAbstracts.forEach(block -> add(weighted, length, block.pageIndex(), block.garbleScore(), block.text()));
            List<ParsedPage> pages = new ArrayList<>();
            for (int p = 0; p < split.pages().size(); p++) {
                List<Line> lines = split.pages().get(p);
                double garble = length[p] > 0 ? Math.round(weighted[p] / length[p] * 1000) / 1000.0
                        : GarbleScorer.scoreLines(lines.stream().map(Line::text).toList(), language);
                PrintedNumbers.Number number = numbers.get(p);
                pages.add(new ParsedPage(p + 1, lines, furniture.get(p), number == null ? null : number.value(),
                        number != null && number.inferred(), garble));
            }
            return pages;
        }

        private static void add(double[] weighted, double[] length, int page, double garble, String text) {
            weighted[page] += garble * text.length();
            length[page] += text.length();
        }

        private ImportReport report(List<Line> allLines, List<ParsedPage> pages, List<ParsedSection> sections,
                List<ParsedNote> parsedNotes, List<ParsedAbstract> parsedAbstracts, boolean recognised) {
            int leftover = 0;
            Set<String> seen = new HashSet<>();
            int[] counts = new int[6];
            for (Line line : allLines) {
                String role = roles.get(line);
                if (role == null) {
                    if (!line.isBlank()) {
                        leftover++;
                        warnings.add(
                                new ImportReport.Warning(line.number(), null, "This line went nowhere: " + line.trimmed()));
                    }
                    continue;
                }
                seen.add(role);
                switch (role) {
                    case "body" -> counts[0]++;
                    case "footnote" -> counts[1]++;
                    case "markers" -> counts[2]++;
                    case "abstract" -> counts[3]++;
                    case "title-block" -> counts[5]++;
                    default -> counts[4]++;
                }
            }
            int found = (int) pages.stream().filter(page -> page.printedNumber() != null && !page.printedNumberInferred())
                    .count();
            int inferred = (int) pages.stream().filter(ParsedPage::printedNumberInferred).count();
            ImportReport.Counts kinds = new ImportReport.Counts(pages.size(), found, inferred, sections.size(),
                    (int) sections.stream().filter(section -> section.heading() != null).count(), parsedNotes.size(),
                    (int) parsedNotes.stream().filter(note -> !note.citations().isEmpty()).count(), parsedAbstracts.size(),
                    (int) parsedAbstracts.stream().filter(ParsedAbstract::incomplete).count());
            return new ImportReport(decoded.charset().name(), decoded.charsetDetected(), language,
                    new ImportReport.PageSplitting(split.method().name().toLowerCase().replace('_', '-'), split.confidence(),
                            split.explanation()),
                    kinds,
                    new ImportReport.LineAccount(allLines.size(), counts[0], counts[1], counts[2], counts[3], counts[5],
                            counts[4], leftover),
                    recognised, List.copyOf(warnings), 0);
        }
    }
}
