package org.emend.benchmark;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.emend.testing.ArticlePages;
import org.emend.testing.Cer;
import org.emend.testing.ChineseScans;
import org.emend.testing.Jobs;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Scanned Chinese article pages whose text layer is Latin soup, as CNKI serves them: how fast the
 * background job reads them (pages per minute, Tesseract's CPU per page), how close the draft is
 * to the known text (character error rate of the body and of the notes), and the server's peak
 * memory. Run with {@code ./mvnw verify -Pbenchmark}; the figures go to
 * {@code target/benchmarks/ocr.md}.
 */
@QuarkusTest
@Tag("benchmark")
class OcrBenchmark {

    private static final int PAGES = 12;

    @Inject
    TestDatabase database;

    @Test
    void ocrOfScannedChinesePages() throws IOException {
        ChineseScans.assumeOcrTools();
        database.clear();
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < PAGES; p++) {
                ArticlePages.addScanned(document, ArticlePages.SAMPLE, ArticlePages.SOUP);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        long childCpuBefore = childrenCpuTicks();
        long start = System.nanoTime();
        String body = given().contentType("application/pdf").body(pdf)
                .post("/api/v1/imports?journal=Benchmark&year=2024&issue=1&language=zh").then().statusCode(201).extract()
                .asString();
        List<String> jobs = io.restassured.path.json.JsonPath.from(body).getList("jobIds");
        String article = io.restassured.path.json.JsonPath.from(body).getString("articleIds[0]");
        Jobs.awaitDone(jobs.get(jobs.size() - 1), 1_800_000);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuPerPage = (childrenCpuTicks() - childCpuBefore) / 100.0 / PAGES;

        List<Map<String, Object>> sections = given().get("/api/v1/articles/" + article + "/sections?limit=500").then()
                .extract().path("items");
        List<Map<String, Object>> notes = given().get("/api/v1/articles/" + article + "/footnotes?limit=500").then().extract()
                .path("items");
        String expectedBody = String.join("", ArticlePages.SAMPLE.body()).repeat(PAGES);
        String drafted = sections.stream().map(section -> (section.get("heading") == null ? "" : section.get("heading")) + ""
                + section.get("text")).collect(Collectors.joining());
        String expectedNotes = ArticlePages.SAMPLE.notes().stream().map(note -> note.substring(1)).collect(Collectors.joining())
                .repeat(PAGES);
        String draftedNotes = notes.stream().map(note -> (String) note.get("text")).collect(Collectors.joining());
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        String report = String.format("""
                | %d scanned Chinese pages, text layer Latin soup (%d worker(s), %d cores) | |
                |---|---|
                | upload to the last page read and drafted | %.0f s |
                | pages per minute per worker | %.1f |
                | Tesseract CPU per page (chi_sim+eng, 300 dpi) | %.1f s |
                | body text CER of the draft (headings and paragraphs) | %.1f %% |
                | notes CER of the draft | %.1f %% |
                | sections / footnotes drafted (expected %d / %d) | %d / %d |
                | server peak resident memory (VmHWM) | %d MB |
                """, PAGES, workers, Runtime.getRuntime().availableProcessors(), seconds, PAGES / (seconds / 60) / workers,
                cpuPerPage, 100 * Cer.of(expectedBody, drafted), 100 * Cer.of(expectedNotes, draftedNotes), 2 * PAGES,
                2 * PAGES, sections.size(), notes.size(), peakResidentMegabytes());
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "ocr.md"), report);
        database.clear();
    }

    /** CPU time of the finished child processes (Tesseract), in clock ticks, from /proc/self/stat. */
    private static long childrenCpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields 16 and 17 of stat (cutime, cstime), counted from the state, field 3
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    private static long peakResidentMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(0L);
    }
}
