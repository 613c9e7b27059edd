package org.emend.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real OCR dump the team was given (国际问题研究 2024 No. 6), as tests import it, and a scanned page. */
public final class Samples {

    public static final String CRITICAL_MINERALS = "/ocr/intl-studies-2024-06-critical-minerals.txt";

    /**
     * One article page as CNKI serves scans, which the README's walkthrough imports: {@link ArticlePages#SAMPLE}
     * behind {@link ArticlePages#SOUP}, as {@link ArticlePages#addScanned} writes it (committed, so that the
     * walkthrough needs no test code).
     */
    public static final Path SCANNED_PAGE = Path.of("src/test/resources/samples/scanned-page.pdf");

    private Samples() {
    }

    public static byte[] criticalMinerals() {
        try (InputStream in = Samples.class.getResourceAsStream(CRITICAL_MINERALS)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
