package org.emend.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.emend.ocr.lines.Hocr;
import org.emend.ocr.lines.OcrLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Makes the structure-recovery corpus ({@code src/test/resources/corpus}): synthetic articles
 * ({@link Prose}) typeset as journals print them ({@link Typesetter}, {@link Layout}), each page
 * rendered at 300 dpi and read by Tesseract twice, with English only (Chinese comes out as Latin
 * soup, as in the dumps editors receive) and with Simplified Chinese and English. Each document
 * keeps its {@code gold.json} and, per reading, every line Tesseract wrote with its paragraph, box,
 * confidence and the role of what was drawn there ({@code eng.tsv}, {@code chi.tsv}); the dumps
 * and page layouts the benchmark imports are made from those ({@link CorpusDocument}).
 *
 * <p>
 * Takes about ten minutes on two cores; run it only to change the corpus:
 * {@code ./mvnw test -Dtest=CorpusGenerator -Demend.corpus.regenerate=true}. Documents are made from their
 * number alone, so the corpus grows without touching what is there: {@code -Demend.corpus.from=32
 * -Demend.corpus.documents=40} adds doc-33 to doc-40.
 */
@EnabledIfSystemProperty(named = "emend.corpus.regenerate", matches = "true")
class CorpusGenerator {

    static final int DOCUMENTS = 40;
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void regenerate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<?>> done = new ArrayList<>();
        for (int i = Integer.getInteger("emend.corpus.from", 0); i < Integer.getInteger("emend.corpus.documents",
                DOCUMENTS); i++) {
            int index = i;
            done.add(pool.submit(() -> generate(index)));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
    }

    private static Void generate(int index) throws Exception {
        Prose prose = new Prose(4_000 + index);
        int year = 2019 + index % 7;
        int issue = 1 + index % 6;
        Layout layout = Layout.of(prose, year, issue);
        Prose.Article article = prose.article(year, issue);
        List<Prose.OtherAbstract> others = new ArrayList<>();
        for (int i = 0, count = prose.between(2, 3); i < count; i++) {
            others.add(prose.otherAbstract());
        }
        String id = String.format("doc-%02d", index + 1);
        Path directory = CORPUS.resolve(id);
        Files.createDirectories(directory);
        Path work = Files.createTempDirectory("emend-corpus-" + id);
        try (PDDocument document = new PDDocument()) {
            Typesetter.Typeset typeset = new Typesetter(document, layout, prose).set(article, others);
            Gold gold = new Gold(id, index % 4 == 3, article.title(),
                    article.authors().stream().map(Prose.Author::name).toList(),
                    article.summary(), article.keywords(), typeset.pages(), typeset.headings(), typeset.paragraphs(),
                    typeset.notes(), typeset.abstracts());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("gold.json").toFile(),
                    gold);
            PDFRenderer renderer = new PDFRenderer(document);
            StringBuilder eng = new StringBuilder();
            StringBuilder chi = new StringBuilder();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 300, ImageType.GRAY);
                Path png = work.resolve(page + ".png");
                ImageIO.write(image, "png", png.toFile());
                read(png, "eng", page, typeset.drawn(), eng);
                read(png, "chi_sim+eng", page, typeset.drawn(), chi);
            }
            Files.writeString(directory.resolve("eng.tsv"), eng, StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("chi.tsv"), chi, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
        return null;
    }

    /** Tesseract's reading of a page, a row per line: page, paragraph, box, confidence, role, text. */
    private static void read(Path png, String languages, int page, List<Gold.Drawn> drawn, StringBuilder rows)
            throws IOException, InterruptedException {
        Path base = png.resolveSibling(png.getFileName() + "-" + languages.replace('+', '-'));
        ProcessBuilder builder = new ProcessBuilder("tesseract", png.toString(), base.toString(), "-l", languages, "--dpi",
                "300",
                "txt", "hocr").redirectErrorStream(true);
        // One thread each: the pool runs a page per core
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process tesseract = builder.start();
        tesseract.getInputStream().readAllBytes();
        if (tesseract.waitFor() != 0) {
            throw new IllegalStateException("tesseract failed on " + png);
        }
        String hocr = Files.readString(Path.of(base + ".hocr"));
        List<String> txtLines = Files.readString(Path.of(base + ".txt")).replace("\f", "").lines().toList();
        List<OcrLine> boxes = Hocr.read(hocr).lines();
        // The text as Tesseract wrote it, paired in order with hOCR's lines for their boxes
        int paragraph = 0;
        int line = 0;
        boolean blank = false;
        for (String text : txtLines) {
            if (text.isBlank()) {
                blank = true;
                continue;
            }
            if (blank) {
                paragraph++;
                blank = false;
            }
            OcrLine box = line < boxes.size() ? boxes.get(line) : new OcrLine(text, 0, 0, 0, 0, null);
            line++;
            rows.append(page).append('\t').append(paragraph).append('\t').append(box.left()).append('\t').append(box.top())
                    .append('\t').append(box.right()).append('\t').append(box.bottom()).append('\t')
                    .append(box.confidence() == null ? "" : String.format("%.1f", box.confidence())).append('\t')
                    .append(role(drawn, page, box)).append('\t').append(text.replace('\t', ' ')).append('\n');
        }
        if (line != boxes.size()) {
            throw new IllegalStateException(png + ": " + line + " text lines but " + boxes.size() + " boxes");
        }
    }

    /** What was drawn where the line stands: the drawing it overlaps most, {@code noise} when none. */
    private static String role(List<Gold.Drawn> drawn, int page, OcrLine line) {
        float top = line.top() * 72f / 300;
        float bottom = line.bottom() * 72f / 300;
        float left = line.left() * 72f / 300;
        float right = line.right() * 72f / 300;
        String best = "noise";
        float bestOverlap = 0;
        for (Gold.Drawn d : drawn) {
            if (d.page() != page || d.right() < left || d.left() > right) {
                continue;
            }
            float overlap = Math.min(bottom, d.bottom()) - Math.max(top, d.top());
            float horizontal = Math.min(right, d.right()) - Math.max(left, d.left());
            if (overlap > 0 && horizontal > 0 && overlap * horizontal > bestOverlap) {
                bestOverlap = overlap * horizontal;
                best = d.role();
            }
        }
        return best;
    }
}
