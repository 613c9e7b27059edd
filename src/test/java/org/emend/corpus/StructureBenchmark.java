package org.emend.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.emend.corpus.CorpusDocument.Reading;
import org.emend.corpus.StructureScore.Figures;
import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedDump;

/**
 * Imports every document of the corpus in every form Emend takes it (text dumps of both readings
 * with and without form feeds, in UTF-8 and GB18030, and the pages of a scanned PDF an engine read)
 * and scores the structure recovered against the gold ({@link StructureScore}), per document and
 * overall, for the documents tuned on and for the quarter held out.
 */
final class StructureBenchmark {

    /** One way a document reaches Emend. */
    record Variant(String name, Reading reading, boolean laidOut, boolean formFeeds, Charset charset) {
        ParsedDump parse(CorpusDocument document) {
            ImportOptions options = ImportOptions.defaults();
            return laidOut ? OcrParser.parsePages(document.laidOut(reading), options, true)
                    : OcrParser.parse(document.dump(reading, formFeeds, charset), options);
        }
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("eng dump, form feeds, UTF-8", Reading.ENG, false, true, StandardCharsets.UTF_8),
            new Variant("eng dump, no form feeds, GB18030", Reading.ENG, false, false, CorpusDocument.gb18030()),
            new Variant("chi dump, form feeds, GB18030", Reading.CHI, false, true, CorpusDocument.gb18030()),
            new Variant("chi dump, no form feeds, UTF-8", Reading.CHI, false, false, StandardCharsets.UTF_8),
            new Variant("eng scan (boxes)", Reading.ENG, true, true, StandardCharsets.UTF_8),
            new Variant("chi scan (boxes)", Reading.CHI, true, true, StandardCharsets.UTF_8));

    record Row(String document, boolean heldOut, Variant variant, Figures figures) {
    }

    record Result(List<Row> rows) {
        Figures total(boolean heldOut) {
            return rows.stream().filter(row -> row.heldOut() == heldOut).map(Row::figures).reduce(Figures.NONE, Figures::plus);
        }

        /** The table the README shows: a line per measure, tuned and held-out side by side. */
        String table() {
            Figures tuned = total(false);
            Figures held = total(true);
            StringBuilder table = new StringBuilder(
                    "| measure | tuned on (" + count(false) + " imports) | held out (" + count(true)
                            + " imports) | goal |\n|---|---|---|---|\n");
            line(table, "page boundaries exact", tuned, held, f -> rate(f.pageBoundaries().rate()), "100 %");
            line(table, "printed numbers on the right page", tuned, held, f -> rate(f.printedNumbers().rate()), "100 %");
            line(table, "running heads set aside", tuned, held, f -> rate(f.runningHeads().rate()), "");
            line(table, "footnote F1 (precision / recall)", tuned, held,
                    f -> String.format(Locale.ROOT, "%.2f (%.2f / %.2f)", f.notes().f1(), f.notes().precision(),
                            f.notes().recall()),
                    "≥ 0.95");
            line(table, "URLs exact", tuned, held, f -> rate(f.urls().rate()), "≥ 95 %");
            line(table, "abstracts whole (title, authors, keywords)", tuned, held, f -> rate(f.abstracts().rate()), "100 %");
            line(table, "the article's own abstract found", tuned, held, f -> rate(f.ownAbstract().rate()), "");
            line(table, "heading F1 (precision / recall)", tuned, held, f -> String.format(Locale.ROOT, "%.2f (%.2f / %.2f)",
                    f.headings().f1(), f.headings().precision(), f.headings().recall()), "≥ 0.95");
            line(table, "heading levels right", tuned, held, f -> rate(f.headingLevels().rate()), "");
            line(table, "headings made from furniture or title block", tuned, held,
                    f -> Integer.toString(f.furnitureHeadings()),
                    "0");
            line(table, "Latin soup scored ≥ 0.8", tuned, held, f -> rate(f.soupScored().rate()), "100 %");
            line(table, "clean text scored ≤ 0.3", tuned, held, f -> rate(f.cleanScored().rate()), "100 %");
            line(table, "title block read (chi)", tuned, held, f -> rate(f.titleBlock().rate()), "100 %");
            line(table, "body CER (chi)", tuned, held, f -> String.format(Locale.ROOT, "%.1f %%", 100 * f.bodyCer()), "");
            return table.toString();
        }

        /** A line per document and form, for finding what fails. */
        String details() {
            StringBuilder details = new StringBuilder();
            for (Row row : rows) {
                Figures f = row.figures();
                details.append(String.format(Locale.ROOT,
                        "%s%s %-34s pages %s numbers %s heads %s notes %.2f/%.2f urls %s abstracts %s own %s headings %.2f/%.2f levels %s furniture %d soup %s clean %s title %s cer %.3f%n",
                        row.document(), row.heldOut() ? "*" : " ", row.variant().name(), f.pageBoundaries(), f.printedNumbers(),
                        f.runningHeads(), f.notes().precision(), f.notes().recall(), f.urls(), f.abstracts(), f.ownAbstract(),
                        f.headings().precision(), f.headings().recall(), f.headingLevels(), f.furnitureHeadings(),
                        f.soupScored(),
                        f.cleanScored(), f.titleBlock(), f.bodyCer()));
            }
            return details.toString();
        }

        private long count(boolean heldOut) {
            return rows.stream().filter(row -> row.heldOut() == heldOut).count();
        }

        private static void line(StringBuilder table, String name, Figures tuned, Figures held, Function<Figures, String> value,
                String goal) {
            table.append("| ").append(name).append(" | ").append(value.apply(tuned)).append(" | ").append(value.apply(held))
                    .append(" | ").append(goal).append(" |\n");
        }

        private static String rate(double rate) {
            return String.format(Locale.ROOT, "%.1f %%", 100 * rate);
        }
    }

    private StructureBenchmark() {
    }

    static Result run() {
        List<Row> rows = new ArrayList<>();
        for (CorpusDocument document : CorpusDocument.all()) {
            for (Variant variant : VARIANTS) {
                ParsedDump dump = variant.parse(document);
                rows.add(new Row(document.gold().id(), document.gold().heldOut(), variant,
                        StructureScore.of(document, variant.reading(), dump, variant.laidOut())));
            }
        }
        return new Result(rows);
    }
}
