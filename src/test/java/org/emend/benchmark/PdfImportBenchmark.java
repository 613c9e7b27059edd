package org.emend.benchmark;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.emend.testing.Jobs;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A 300-page born-digital PDF: how long until its pages can be edited (the import's answer), and
 * until the last page's scan is made by the background job. A benchmark, not a test: run it with
 * {@code ./mvnw verify -Pbenchmark}; it writes its figures to {@code target/benchmarks/pdf-import.md}.
 */
@QuarkusTest
@Tag("benchmark")
class PdfImportBenchmark {

    private static final int PAGES = 300;

    @Inject
    TestDatabase database;

    @Test
    void importOfAThreeHundredPagePdf() throws IOException {
        database.clear();
        byte[] pdf = pdf();
        long start = System.nanoTime();
        List<String> jobs = given().contentType("application/pdf").body(pdf)
                .post("/api/v1/imports?journal=Benchmark&year=2024&issue=1").then().statusCode(201).extract().path("jobIds");
        double editable = (System.nanoTime() - start) / 1e9;
        Jobs.awaitDone(jobs.get(0));
        double scans = (System.nanoTime() - start) / 1e9;
        String report = String.format("""
                | 300-page born-digital PDF (%.1f MB) | seconds |
                |---|---|
                | upload to editable pages (the import's answer: text layer, structure, PDF kept) | %.1f |
                | upload to the last page's scan (background job, %d worker(s)) | %.1f |
                """, pdf.length / 1e6, editable, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), scans);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "pdf-import.md"), report);
        database.clear();
    }

    /** Pages of body text in Times, 40 lines each, as a journal's pages are full. */
    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 0; p < PAGES; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 780;
                    for (int line = 0; line < 40; line++) {
                        content.beginText();
                        content.setFont(font, 10.5f);
                        content.newLineAtOffset(60, y);
                        content.showText("Critical minerals are at the heart of the competition between great powers, page "
                                + (p + 1) + ", line " + (line + 1) + ".");
                        content.endText();
                        y -= 18;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
