package org.emend.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedDump;
import org.emend.ocr.ParsedPage;

/**
 * A long dump of the sample's kind, for benchmarks: the sample's body-and-footnote pages over
 * and over, with a page head (watermark, running head, printed number) on every tenth page.
 */
public final class SyntheticDump {

    private SyntheticDump() {
    }

    public static byte[] ofPages(int count) throws IOException {
        byte[] sample;
        try (InputStream in = SyntheticDump.class.getResourceAsStream("/ocr/intl-studies-2024-06-critical-minerals.txt")) {
            sample = in.readAllBytes();
        }
        ParsedDump parsed = OcrParser.parse(sample, ImportOptions.defaults());
        List<ParsedPage> plain = parsed.pages().subList(1, 19).stream()
                .filter(page -> page.furniture().printedNumber() == null || page.printedNumberInferred()).toList();
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String page = plain.get(i % plain.size()).ocrOriginal();
            if (i % 10 == 9) {
                dump.append("https://www.cnki.net\n\n\n\nr [ %71 Y\n\nFEIERBER 7 2 R IR\n\n")
                        .append(String.format("%03d", i + 1)).append("\n\n").append(page.stripLeading());
            } else {
                dump.append(page);
            }
        }
        return dump.toString().getBytes(StandardCharsets.UTF_8);
    }
}
