package org.emend.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.emend.ocr.OcrParser;
import org.emend.ocr.lines.OcrLine;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A document of the corpus as {@link CorpusGenerator} left it: its gold and Tesseract's two
 * readings, line by line. Makes the inputs Emend takes: text dumps (with or without form feeds,
 * in any charset) and pages laid out from the engine's boxes (a scanned PDF read by OCR).
 */
record CorpusDocument(Gold gold, Map<Reading, List<Row>> readings) {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** A4 at 300 dpi, in pixels. */
    private static final int PAGE_HEIGHT = 3508;

    enum Reading {
        /** Tesseract with English only: Chinese comes out as Latin soup, English as it is. */
        ENG("eng.tsv"),
        /** Tesseract with Simplified Chinese and English. */
        CHI("chi.tsv");

        final String file;

        Reading(String file) {
            this.file = file;
        }
    }

    /** A line Tesseract read: its page, its paragraph on the page, its box, and the role of what was drawn there. */
    record Row(int page, int paragraph, OcrLine line, String role) {
        String text() {
            return line.text();
        }
    }

    static List<CorpusDocument> all() {
        try (Stream<Path> directories = Files.list(CORPUS)) {
            return directories.filter(Files::isDirectory).sorted().map(CorpusDocument::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusDocument load(Path directory) {
        try {
            Gold gold = new ObjectMapper().readValue(directory.resolve("gold.json").toFile(), Gold.class);
            Map<Reading, List<Row>> readings = new LinkedHashMap<>();
            for (Reading reading : Reading.values()) {
                List<Row> rows = new ArrayList<>();
                for (String row : Files.readAllLines(directory.resolve(reading.file), StandardCharsets.UTF_8)) {
                    String[] cells = row.split("\t", 9);
                    rows.add(new Row(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]),
                            new OcrLine(cells[8], Integer.parseInt(cells[2]), Integer.parseInt(cells[3]),
                                    Integer.parseInt(cells[4]),
                                    Integer.parseInt(cells[5]), cells[6].isEmpty() ? null : Double.valueOf(cells[6])),
                            cells[7]));
                }
                readings.put(reading, rows);
            }
            return new CorpusDocument(gold, readings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reading as a text dump, as Tesseract writes one: paragraphs apart by a blank line, each
     * page ended by a form feed, or, without them, running straight on.
     */
    byte[] dump(Reading reading, boolean formFeeds, Charset charset) {
        StringBuilder text = new StringBuilder();
        int page = 0;
        int paragraph = 0;
        for (Row row : readings.get(reading)) {
            while (row.page() > page) {
                text.append("\n");
                if (formFeeds) {
                    text.append('\f');
                }
                page++;
                paragraph = 0;
            }
            if (row.paragraph() != paragraph) {
                text.append('\n');
                paragraph = row.paragraph();
            }
            text.append(row.text()).append('\n');
        }
        return text.toString().getBytes(charset);
    }

    /** The reading as an OCR engine's pages, each line with its box. */
    List<OcrParser.LaidOutPage> laidOut(Reading reading) {
        List<OcrParser.LaidOutPage> pages = new ArrayList<>();
        for (int page = 0; page < gold.pages().size(); page++) {
            int p = page;
            pages.add(new OcrParser.LaidOutPage(
                    readings.get(reading).stream().filter(row -> row.page() == p).map(Row::line).toList(), PAGE_HEIGHT));
        }
        return pages;
    }

    /** The lines read from what was drawn in one role, in reading order. */
    List<Row> rows(Reading reading, String role) {
        return readings.get(reading).stream().filter(row -> row.role().equals(role)).toList();
    }

    static Charset gb18030() {
        return Charset.forName("GB18030");
    }
}
