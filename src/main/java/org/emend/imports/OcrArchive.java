package org.emend.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.emend.ocr.lines.Alto;
import org.emend.ocr.lines.Hocr;
import org.emend.ocr.text.RejectedInput;

/**
 * A ZIP of OCR'd pages as Transkribus, eScriptorium, ABBYY or Tesseract export them: for each page
 * an ALTO file ({@code .xml}, versions 2 to 4) or an hOCR file ({@code .hocr}, {@code .html}), and
 * beside it, by the same name, its image ({@code .png}, {@code .jpg}, {@code .tif}). Pages follow
 * their files' names, numbers in them counted as numbers ({@code p2} before {@code p10}). ALTO is
 * kept as hOCR ({@link Alto}), which holds the same lines, words, boxes and confidences.
 */
final class OcrArchive {

    private static final int MAX_ENTRIES = 20_000;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** A page: its file's name, its hOCR, what the hOCR says, and its image ({@code null} without one). */
    record PageFile(String name, String hocr, Hocr.Page page, byte[] image) {
    }

    private OcrArchive() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The pages of a ZIP, uncompressed to {@code maxBytes} at most; a ZIP without pages, or with one unreadable, is refused.
     */
    static List<PageFile> read(byte[] zip, long maxBytes, int maxPages) {
        Map<String, String> documents = new TreeMap<>(OcrArchive::naturally);
        Map<String, String> formats = new HashMap<>();
        Map<String, byte[]> images = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new RejectedInput(RejectedInput.Reason.TOO_LARGE, "The ZIP has over " + MAX_ENTRIES + " files");
                }
                String path = entry.getName();
                String file = path.substring(path.lastIndexOf('/') + 1);
                if (entry.isDirectory() || file.startsWith(".") || path.startsWith("__MACOSX/")) {
                    continue;
                }
                int dot = file.lastIndexOf('.');
                String base = dot > 0 ? file.substring(0, dot) : file;
                String extension = dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
                if (!List.of("xml", "hocr", "html", "xhtml", "png", "jpg", "jpeg", "tif", "tiff").contains(extension)) {
                    continue;
                }
                byte[] content = limited(in, maxBytes - total, path);
                total += content.length;
                if (List.of("png", "jpg", "jpeg", "tif", "tiff").contains(extension)) {
                    images.put(base, content);
                } else {
                    if (documents.put(base, new String(content, StandardCharsets.UTF_8)) != null) {
                        throw new RejectedInput(RejectedInput.Reason.UNDECODABLE, "The ZIP has two pages named " + base);
                    }
                    formats.put(base, extension.equals("xml") ? "ALTO" : "hOCR");
                }
            }
        } catch (IOException e) {
            throw new RejectedInput(RejectedInput.Reason.UNDECODABLE,
                    "The ZIP is damaged or cut short (" + e.getMessage() + ")");
        }
        if (documents.isEmpty()) {
            throw new RejectedInput(RejectedInput.Reason.EMPTY,
                    "The ZIP holds no ALTO (.xml) or hOCR (.hocr, .html) page: nothing to import");
        }
        if (documents.size() > maxPages) {
            throw new RejectedInput(RejectedInput.Reason.TOO_MANY_PAGES,
                    "The ZIP has " + documents.size() + " pages; at most " + maxPages + " are imported at once");
        }
        List<PageFile> pages = new ArrayList<>();
        documents.forEach((base, text) -> {
            try {
                String hocr = formats.get(base).equals("ALTO") ? Alto.toHocr(text) : text;
                pages.add(new PageFile(base, hocr, Hocr.read(hocr), images.get(base)));
            } catch (IllegalArgumentException e) {
                throw new RejectedInput(RejectedInput.Reason.UNDECODABLE,
                        base + " is not readable " + formats.get(base) + ": " + e.getMessage());
            }
        });
        return pages;
    }

    /** An entry's bytes, refusing more than {@code room} (a ZIP that unpacks to far more than it weighs). */
    private static byte[] limited(InputStream in, long room, String path) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > room) {
                throw new RejectedInput(RejectedInput.Reason.TOO_LARGE,
                        "The ZIP unpacks to more than the import size limit (at " + path + ")");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** File names compared with their numbers as numbers. */
    private static int naturally(String a, String b) {
        Matcher left = NUMBER.matcher(a);
        Matcher right = NUMBER.matcher(b);
        String keyA = left.replaceAll(match -> String.format("%012d", Long.parseLong(match.group().length() > 12
                ? match.group().substring(0, 12)
                : match.group())));
        String keyB = right.replaceAll(match -> String.format("%012d", Long.parseLong(match.group().length() > 12
                ? match.group().substring(0, 12)
                : match.group())));
        return Comparator.<String> naturalOrder().compare(keyA, keyB);
    }
}
