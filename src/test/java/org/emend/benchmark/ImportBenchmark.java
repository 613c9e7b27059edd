package org.emend.benchmark;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedDump;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Import speed on a synthetic 1,000-page dump: the pipeline alone, and the whole import through
 * the API into PostgreSQL. A benchmark, not a test: run it with {@code ./mvnw verify -Pbenchmark};
 * it prints its figures and writes them to {@code target/benchmarks/import.md}.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {

    private static final int PAGES = 1_000;
    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;

    @Inject
    TestDatabase database;

    @Test
    void importOfAThousandPages() throws IOException {
        byte[] dump = SyntheticDump.ofPages(PAGES);
        ImportOptions options = new ImportOptions(null, "zh", null, List.of(), 5_000);
        ParsedDump parsed = null;
        List<Double> parse = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            long start = System.nanoTime();
            parsed = OcrParser.parse(dump, options);
            if (i >= WARM_UPS) {
                parse.add((System.nanoTime() - start) / 1e6);
            }
        }
        List<Double> whole = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            database.clear();
            long start = System.nanoTime();
            given().contentType("text/plain; charset=UTF-8").body(dump)
                    .post("/api/v1/imports?journal=Benchmark&year=2024&language=zh").then().statusCode(201);
            if (i >= WARM_UPS) {
                whole.add((System.nanoTime() - start) / 1e6);
            }
        }
        double megabytes = dump.length / 1e6;
        String report = String.format("""
                | 1,000-page dump (%.1f MB, %d pages found, %d footnotes, %d sections) | median | best |
                |---|---|---|
                | parse (pipeline only) | %.0f ms (%.0f pages/s) | %.0f ms |
                | import through the API into PostgreSQL | %.0f ms (%.1f MB/s) | %.0f ms |
                """, megabytes, parsed.pages().size(), parsed.notes().size(), parsed.sections().size(), median(parse),
                PAGES / median(parse) * 1000, Collections.min(parse), median(whole), megabytes / median(whole) * 1000,
                Collections.min(whole));
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "import.md"), report);
        database.clear();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
