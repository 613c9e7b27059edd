package org.emend.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real OCR dump the team was given (国际问题研究 2024 No. 6), as tests import it. */
public final class Samples {

    public static final String CRITICAL_MINERALS = "/ocr/intl-studies-2024-06-critical-minerals.txt";

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
