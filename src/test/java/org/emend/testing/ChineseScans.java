package org.emend.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;

/**
 * Scans of Chinese pages for OCR tests: lines typeset in a CJK font (Droid Sans Fallback, whose
 * TrueType outlines PDFBox can embed) on an A4 page, rendered grey. {@code .ci/run} installs the
 * font and Tesseract; elsewhere the tests that need them are skipped.
 */
public final class ChineseScans {

    public static final Path FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    public static final List<String> LINES = List.of("美国关键矿产安全联盟的构建", "关键矿产是大国竞争的焦点，也是能源转型的基础。",
            "美国联合盟友建立供应链联盟，以减少对中国的依赖。", "本文分析其动因、路径与影响。");

    private ChineseScans() {
    }

    /** Skips the test without the font and Tesseract, unless in CI, where they must be there. */
    public static void assumeOcrTools() {
        Assumptions.assumeTrue(Files.exists(FONT) && Files.exists(ArticlePages.MING_FONT)
                && Files.isExecutable(Path.of("/usr/bin/tesseract"))
                || "true".equals(System.getenv("CI")),
                "needs tesseract-ocr-chi-sim, fonts-droid-fallback and fonts-arphic-uming (.ci/run installs them)");
    }

    /** The lines on an A4 page, rendered at {@code dpi}. */
    public static BufferedImage image(List<String> lines, float dpi) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font chinese = PDType0Font.load(document, FONT.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 760;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(chinese, 14);
                    content.newLineAtOffset(72, y);
                    content.showText(line);
                    content.endText();
                    y -= 26;
                }
            }
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, as PNG bytes. */
    public static byte[] png(List<String> lines, float dpi) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image(lines, dpi), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
