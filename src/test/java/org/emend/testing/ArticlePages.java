package org.emend.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A Chinese journal article's page as typeset: a running head with the printed page number, body
 * paragraphs in 12 pt with headings in 14 pt, and below a note rule the footnotes in 9 pt, each
 * opened by its circled marker. Han text is set in AR PL UMing, a Ming (Song) face as Chinese
 * journals print their text in; the rest (Latin, digits, the circled markers) in DejaVu Sans. The
 * page's text, as a reader would copy it, is known: it is what OCR of the page is measured against.
 */
public final class ArticlePages {

    /** AR PL UMing (Simplified Chinese), a TrueType Ming face PDFBox can embed. */
    public static final Path MING_FONT = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");
    /** DejaVu Sans: Latin text and the circled note markers (①). */
    public static final Path LATIN_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float LEFT = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;

    /** What the page says: a running head, then headings and paragraphs, then the notes. */
    public record Page(String runningHead, List<String> body, List<String> notes) {

        /** A body item opening with a heading mark ({@code 一、}, {@code （一）}) is a heading. */
        static boolean heading(String item) {
            return item.matches("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）).{0,30}$");
        }
    }

    /** An article page: heading, paragraphs with note markers, and two notes, one Chinese, one English. */
    public static final Page SAMPLE = new Page("044 国际问题研究 2025年第3期", List.of("一、关键矿产与供应链安全",
            "关键矿产是现代工业的基础，也是能源转型与国防工业不可缺少的原料。近年来，主要经济体纷纷出台关键矿产战略，把供应链安全提升到国家安全的高度。①",
            "（一）美国的政策调整",
            "美国政府认为其关键矿产供应过度依赖单一来源，于是联合盟友建立矿产安全伙伴关系，试图在开采、加工和回收各环节减少风险。②这一做法对全球矿产市场产生了深远影响。"),
            List.of("①参见张明：《关键矿产与大国竞争》，载《国际问题研究》2024年第2期，第15页。",
                    "②U.S. Department of Energy, Critical Materials Assessment, Washington, D.C., 2023, p. 12."));

    /** Lines of the sample as an English-only engine read a Chinese page: what its text layer says. */
    public static final List<String> SOUP = List.of("FEREGIRIAE-FE, BARAR Y 52U E S~ kG i, KK HEN BE TS BEIR R s FIE",
            "RHR FLAKE 2k (ASR) AVF 2ABRSHRR. RBRABREW HR,", "Lit PRK. AMARA Be5H200, HER, KV KES RH PMA, SERA",
            "BAMABRRENSSAMRS, HEMBRMAMR, 1S HHS br2 =. FREBATBER+ 12 RR PREKERA BARRA");

    private ArticlePages() {
    }

    /**
     * A scanned page as CNKI serves them: the page as an image (300 dpi), behind an invisible text layer an
     * English-only engine wrote ({@code soup}).
     */
    public static void addScanned(PDDocument document, Page page, List<String> soup) throws IOException {
        BufferedImage scan = image(page, 300);
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        document.addPage(pdfPage);
        PDFont latin = PDType0Font.load(document, LATIN_FONT.toFile());
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            content.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, PDRectangle.A4.getWidth(),
                    PDRectangle.A4.getHeight());
            float y = 760;
            for (String line : soup) {
                content.beginText();
                content.setRenderingMode(RenderingMode.NEITHER);
                content.setFont(latin, 10);
                content.newLineAtOffset(LEFT, y);
                content.showText(line);
                content.endText();
                y -= 26;
            }
        }
    }

    /** The page rendered at {@code dpi}, grey, as a scanner gives it. */
    public static BufferedImage image(Page page, float dpi) {
        try (PDDocument document = new PDDocument()) {
            typeset(document, page);
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the page into a new page of {@code document}. */
    public static void typeset(PDDocument document, Page page) throws IOException {
        PDFont han = PDType0Font.load(document,
                new org.apache.fontbox.ttf.TrueTypeCollection(MING_FONT.toFile()).getFontByName("UMingCN"), true);
        PDFont latin = PDType0Font.load(document, LATIN_FONT.toFile());
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            MixedText writer = new MixedText(content, han, latin, latin);
            writer.line(page.runningHead(), 9, LEFT, 800);
            float y = 760;
            for (String item : page.body()) {
                if (Page.heading(item)) {
                    y -= 8;
                    writer.line(item, 14, LEFT, y);
                    y -= 26;
                    continue;
                }
                boolean first = true;
                for (String line : writer.wrap(item, 12, WIDTH - 24, WIDTH)) {
                    writer.line(line, 12, first ? LEFT + 24 : LEFT, y);
                    first = false;
                    y -= 20;
                }
            }
            if (page.notes().isEmpty()) {
                return;
            }
            float notesTop = Math.min(y - 30, 190);
            content.moveTo(LEFT, notesTop);
            content.lineTo(LEFT + 120, notesTop);
            content.setLineWidth(0.5f);
            content.stroke();
            float noteY = notesTop - 16;
            for (String note : page.notes()) {
                for (String line : writer.wrap(note, 9, WIDTH, WIDTH)) {
                    writer.line(line, 9, LEFT, noteY);
                    noteY -= 14;
                }
            }
        }
    }
}
