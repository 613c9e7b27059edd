package org.emend.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.article.Article;
import org.emend.failure.Failure;
import org.emend.page.Page;
import org.emend.persistence.Lookups;
import org.emend.persistence.Sha256;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Page scans: PNG, JPEG or TIFF, up to {@code emend.images.max-bytes}, kept in PostgreSQL with
 * their size and SHA-256 (the ETag). Browsers do not show TIFF, so a TIFF gets a PNG copy,
 * at most {@value #DISPLAY_EDGE} pixels on its long side, for display.
 */
@ApplicationScoped
public class ImageService {

    private static final int DISPLAY_EDGE = 2400;
    private static final Pattern PAGE_NAME = Pattern.compile("^(?:p|page[-_ ]?)?(\\d{1,4})(?:\\.[A-Za-z]{3,4})?$",
            Pattern.CASE_INSENSITIVE);

    private final long maxBytes;
    private final long maxPixels;

    ImageService(@ConfigProperty(name = "emend.images.max-bytes", defaultValue = "16M") MemorySize maxBytes,
            @ConfigProperty(name = "emend.images.max-pixels", defaultValue = "100000000") long maxPixels) {
        this.maxBytes = maxBytes.asLongValue();
        this.maxPixels = maxPixels;
    }

    /** One file of a several-file upload, and what became of it. */
    public record Stored(String file, UUID pageId, String printedNumber, String outcome) {
    }

    /** Reads at most the limit from {@code in}; more is a 413. */
    public byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new Failure(Failure.Kind.TOO_LARGE, "A page image may have at most " + maxBytes + " bytes");
        }
        return bytes;
    }

    @Transactional
    public PageImage store(UUID pageId, byte[] bytes) {
        Page page = Page.findById(pageId);
        if (page == null) {
            throw Failure.notFound("page", pageId);
        }
        return store(page, bytes);
    }

    /**
     * Stores several scans of an article's pages at once, each named by its page: the printed
     * number ({@code 079.png}, {@code p079.tif}) or, when no page has that number, the
     * sequence. One transaction: a file that is not an image fails them all.
     */
    /** Reads uploaded files, each within the limit, keeping their names. */
    public List<NamedFile> readAll(List<FileUpload> uploads) throws IOException {
        List<NamedFile> files = new ArrayList<>();
        for (FileUpload upload : uploads) {
            try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
                files.add(new NamedFile(upload.fileName(), read(in)));
            }
        }
        return files;
    }

    @Transactional
    public List<Stored> storeAll(UUID articleId, List<NamedFile> files) {
        Article.require(articleId);
        List<Page> pages = Page.listInArticle(articleId);
        List<Stored> stored = new ArrayList<>();
        for (NamedFile file : files) {
            Page page = pageNamed(pages, file.name());
            if (page == null) {
                stored.add(new Stored(file.name(), null, null, "no page of the article has this number"));
                continue;
            }
            store(page, file.bytes());
            stored.add(new Stored(file.name(), page.id, page.printedNumber, "stored"));
        }
        return stored;
    }

    /** A file of a multi-file upload: its name, and its bytes already read within the limit. */
    public record NamedFile(String name, byte[] bytes) {
    }

    public PageImage get(UUID pageId) {
        PageImage image = PageImage.findById(pageId);
        if (image == null) {
            Lookups.require(Page.class, pageId, "page");
            throw new Failure(Failure.Kind.NOT_FOUND, "The page has no image");
        }
        return image;
    }

    @Transactional
    public void delete(UUID pageId) {
        PageImage.delete("pageId", get(pageId).pageId);
    }

    private PageImage store(Page page, byte[] bytes) {
        ImageFormat format = ImageFormat.of(bytes);
        if (format == null) {
            throw new Failure(Failure.Kind.UNSUPPORTED_FORMAT, "A page image must be a PNG, JPEG or TIFF file");
        }
        int[] size = dimensions(bytes, format);
        // A small file can declare an enormous picture: the header is judged before anything is decoded
        if (size[0] <= 0 || size[1] <= 0 || (long) size[0] * size[1] > maxPixels) {
            throw new Failure(Failure.Kind.TOO_LARGE, "The image declares " + size[0] + " × " + size[1]
                    + " pixels; a page image may have at most " + maxPixels + " pixels");
        }
        PageImage image = PageImage.findById(page.id);
        if (image == null) {
            image = new PageImage();
            image.pageId = page.id;
        }
        image.mediaType = format.mediaType;
        image.content = bytes;
        image.byteSize = bytes.length;
        image.width = size[0];
        image.height = size[1];
        image.sha256 = Sha256.hex(bytes);
        if (format == ImageFormat.TIFF) {
            image.displayContent = pngCopy(bytes, size[0], size[1]);
            image.displayMediaType = ImageFormat.PNG.mediaType;
        } else {
            image.displayContent = null;
            image.displayMediaType = format.mediaType;
        }
        image.persist();
        return image;
    }

    /** Width and height from the file's header, without decoding the picture. */
    private static int[] dimensions(byte[] bytes, ImageFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
            if (!readers.hasNext()) {
                return new int[] { 0, 0 };
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Decoders throw unchecked exceptions on damaged files too
            throw new Failure(Failure.Kind.UNREADABLE_INPUT, "The image cannot be read: " + e.getMessage());
        }
    }

    /**
     * A PNG copy of a TIFF for browsers, at most {@link #DISPLAY_EDGE} pixels on its longer edge. The
     * TIFF is decoded subsampled, so a large scan never sits in memory at full size.
     */
    private static byte[] pngCopy(byte[] tiff, int width, int height) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName(ImageFormat.TIFF.readerName).next();
            BufferedImage image;
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil((double) Math.max(width, height) / DISPLAY_EDGE));
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
            double scale = Math.min(1.0, (double) DISPLAY_EDGE / Math.max(image.getWidth(), image.getHeight()));
            BufferedImage shown = image;
            if (scale < 1.0) {
                shown = new BufferedImage((int) (image.getWidth() * scale), (int) (image.getHeight() * scale),
                        BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = shown.createGraphics();
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(image, 0, 0, shown.getWidth(), shown.getHeight(), null);
                graphics.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(shown, "png", png);
            return png.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new Failure(Failure.Kind.UNREADABLE_INPUT, "The TIFF image cannot be decoded: " + e.getMessage());
        }
    }

    private static Page pageNamed(List<Page> pages, String fileName) {
        Matcher matcher = PAGE_NAME.matcher(fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", ""));
        if (!matcher.matches()) {
            return null;
        }
        String digits = matcher.group(1);
        for (Page page : pages) {
            if (page.printedNumber != null && Integer.parseInt(page.printedNumber) == Integer.parseInt(digits)
                    && page.printedNumber.matches("\\d+")) {
                return page;
            }
        }
        int sequence = Integer.parseInt(digits);
        return pages.stream().filter(page -> page.sequence == sequence).findFirst().orElse(null);
    }
}
