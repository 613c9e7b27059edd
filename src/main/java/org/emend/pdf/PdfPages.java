package org.emend.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.emend.ocr.OcrParser;
import org.emend.ocr.layout.Columns;
import org.emend.ocr.text.RejectedInput;

/**
 * A PDF as the importer reads it (Apache PDFBox): each page's text layer in reading order, line by
 * line with where the lines stand, and
 * each page rendered as the editor's scan. One Emend page per PDF page, so the page split is exact.
 */
public final class PdfPages implements AutoCloseable {

    /** Scans for the editor: enough for small print, a few hundred kilobytes a page as grey PNG. */
    public static final float SCAN_DPI = 150;
    /** What OCR engines read best (Tesseract's own advice). */
    public static final float OCR_DPI = 300;
    /** A page larger than this is rendered at a lower resolution rather than refused. */
    private static final long MAX_PIXELS = 12_000_000;
    private static final float MIN_DPI = 20;

    private final PDDocument document;

    private PdfPages(PDDocument document) {
        this.document = document;
    }

    /** Opens a PDF; one that is encrypted, damaged or too long is a {@link RejectedInput} saying so. */
    public static PdfPages open(byte[] bytes, int maxPages) {
        return open(bytes, maxPages, null);
    }

    /** Opens a PDF, protected by {@code password} when it is not {@code null}. */
    public static PdfPages open(byte[] bytes, int maxPages, String password) {
        PDDocument document;
        try {
            document = password == null ? Loader.loadPDF(bytes) : Loader.loadPDF(bytes, password);
        } catch (InvalidPasswordException e) {
            throw new RejectedInput(RejectedInput.Reason.UNDECODABLE, password == null
                    ? "The PDF is protected by a password: send it as the password form field (or the Emend-Pdf-Password"
                            + " header), or remove the protection"
                    : "The password given does not open the PDF");
        } catch (IOException e) {
            throw new RejectedInput(RejectedInput.Reason.UNDECODABLE,
                    "The PDF is damaged or cut short and cannot be read (" + e.getMessage() + ")");
        }
        PdfPages pages = new PdfPages(document);
        if (document.getNumberOfPages() == 0) {
            pages.close();
            throw new RejectedInput(RejectedInput.Reason.EMPTY, "The PDF has no pages");
        }
        if (document.getNumberOfPages() > maxPages) {
            int count = document.getNumberOfPages();
            pages.close();
            throw new RejectedInput(RejectedInput.Reason.TOO_MANY_PAGES,
                    "The PDF has " + count + " pages; at most " + maxPages + " are imported at once");
        }
        return pages;
    }

    /** Whether the bytes are a PDF: they start with its header. */
    public static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    /**
     * The PDF as it is kept: without its protection when it had one (opened with its password), so
     * that the background work can render its pages; as uploaded otherwise.
     */
    public byte[] unprotected(byte[] uploaded) {
        if (!document.isEncrypted()) {
            return uploaded;
        }
        try {
            document.setAllSecurityToBeRemoved(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** The text layer, page by page, as lines with their boxes ({@link PositionedLines}). */
    public List<OcrParser.LaidOutPage> laidOutPages() {
        try {
            List<OcrParser.LaidOutPage> pages = new ArrayList<>();
            for (int page = 1; page <= count(); page++) {
                PositionedLines stripper = new PositionedLines();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                PDRectangle box = document.getPage(page - 1).getCropBox();
                pages.add(new OcrParser.LaidOutPage(
                        Columns.order(stripper.lines(), Math.round(box.getWidth() * PositionedLines.SCALE)),
                        Math.round(box.getHeight() * PositionedLines.SCALE)));
            }
            return pages;
        } catch (IOException e) {
            throw new RejectedInput(RejectedInput.Reason.UNDECODABLE, "The PDF's text cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Page {@code index} (from 0) as a grey PNG, at {@code wanted} dpi or less for very large pages. */
    public byte[] png(int index, float wanted) {
        PDRectangle box = document.getPage(index).getCropBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        float dpi = (float) Math.min(wanted, Math.sqrt(MAX_PIXELS * (wanted / SCAN_DPI) * (wanted / SCAN_DPI)
                / Math.max(squareInches, 1e-6)));
        if (dpi < MIN_DPI) {
            throw new RejectedInput(RejectedInput.Reason.UNDECODABLE, "Page " + (index + 1) + " of the PDF is "
                    + Math.round(box.getWidth() / 72 * 2.54) + " × " + Math.round(box.getHeight() / 72 * 2.54)
                    + " cm: too large to be a journal page");
        }
        try {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
