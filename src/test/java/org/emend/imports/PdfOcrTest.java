package org.emend.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.emend.testing.ArticlePages;
import org.emend.testing.ChineseScans;
import org.emend.testing.Jobs;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The sample's case, made here: a scanned Chinese page whose invisible text layer an English-only
 * engine wrote (Latin soup). Imported, the page is judged garbled and read again by Tesseract in
 * Chinese and English, and the run is kept with its lines; a clean page beside it is left alone.
 */
@QuarkusTest
class PdfOcrTest {

    /** Lines of the sample as an English-only engine read a Chinese page. */
    private static final List<String> SOUP = List.of("FEREGIRIAE-FE, BARAR Y 52U E S~ kG i, KK HEN BE TS BEIR R s FIE",
            "RHR FLAKE 2k (ASR) AVF 2ABRSHRR. RBRABREW HR,", "Lit PRK. AMARA Be5H200, HER, KV KES RH PMA, SERA",
            "BAMABRRENSSAMRS, HEMBRMAMR, 1S HHS br2 =. FREBATBER+ 12 RR PREKERA BARRA");

    @Inject
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.clear();
    }

    @Test
    void shouldOcrAGarbledScannedPageAndKeepTheRun() throws Exception {
        ChineseScans.assumeOcrTools();

        JsonPath imported = given().contentType("application/pdf").body(scannedWithSoup())
                .post("/api/v1/imports?journal=国际问题研究&year=2025&issue=3&language=zh").then().statusCode(201).extract()
                .jsonPath();
        List<String> jobs = imported.getList("jobIds");
        assertThat(jobs).as("a job for the scans, one for OCR").hasSize(2);
        Jobs.awaitDone(jobs.get(0)).body("total", equalTo(2));
        Jobs.awaitDone(jobs.get(1)).body("total", equalTo(1)).body("kind", equalTo("page-ocr"));

        List<Map<String, Object>> pages = given().get("/api/v1/articles/" + imported.getString("articleIds[0]") + "/pages")
                .then().statusCode(200).extract().path("items");
        // The page with a clean text layer is not read again
        given().get("/api/v1/pages/" + pages.get(1).get("id") + "/ocr-runs").then().statusCode(200).body("size()", equalTo(0));
        JsonPath runs = given().get("/api/v1/pages/" + pages.get(0).get("id") + "/ocr-runs").then().statusCode(200).extract()
                .jsonPath();
        assertThat(runs.getList("$")).hasSize(1);
        assertThat(runs.getString("[0].engine")).isEqualTo("tesseract");
        assertThat(runs.getString("[0].languages")).isEqualTo("chi_sim+eng");
        // A readable draft where the text layer was soup (Tesseract may still slip on a character)
        assertThat(runs.getString("[0].text")).contains("矿产安全联盟").contains("供应链联盟").contains("能源转型的基础");
        assertThat(runs.getDouble("[0].meanConfidence")).isGreaterThan(70);
        assertThat(runs.getList("[0].lines")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(runs.getInt("[0].lines[0].right")).isGreaterThan(runs.getInt("[0].lines[0].left"));
        // The page's OCR original is still what the PDF said
        assertThat((String) pages.get(0).get("ocrOriginal")).contains("FEREGIRIAE");
        // OCR runs are not for anonymous callers
        org.emend.testing.Api.anonymous().get("/api/v1/pages/" + pages.get(0).get("id") + "/ocr-runs").then().statusCode(401);
    }

    /** A scan without any text layer is imported all the same, and its page read by OCR into its draft. */
    @Test
    void shouldImportAnImageOnlyPdfAndReadItsPages() throws Exception {
        ChineseScans.assumeOcrTools();
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            ArticlePages.addScanned(document, ArticlePages.SAMPLE, List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }

        JsonPath imported = given().contentType("application/pdf").body(pdf)
                .post("/api/v1/imports?journal=国际问题研究&year=2025&issue=3&language=zh").then().statusCode(201).extract()
                .jsonPath();
        for (String job : imported.getList("jobIds", String.class)) {
            Jobs.awaitDone(job);
        }
        List<Map<String, Object>> sections = given()
                .get("/api/v1/articles/" + imported.getString("articleIds[0]") + "/sections")
                .then().statusCode(200).extract().path("items");
        assertThat(sections).hasSize(2);
        assertThat((String) sections.get(0).get("text")).contains("能源转型");
        assertThat(given().get("/api/v1/articles/" + imported.getString("articleIds[0]") + "/footnotes").then()
                .statusCode(200).extract().<List<?>> path("items")).hasSize(2);
    }

    /**
     * Page 1: a Chinese page as an image, with the soup as its invisible text layer, as an
     * English-only OCR of a scan writes it; page 2: a clean born-digital English page.
     */
    private static byte[] scannedWithSoup() throws IOException {
        BufferedImage scan = ChineseScans.image(ChineseScans.LINES, 200);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                float y = 760;
                for (String line : SOUP) {
                    content.beginText();
                    content.setRenderingMode(RenderingMode.NEITHER);
                    content.setFont(latin, 10);
                    content.newLineAtOffset(72, y);
                    content.showText(line);
                    content.endText();
                    y -= 26;
                }
            }
            PDPage clean = new PDPage(PDRectangle.A4);
            document.addPage(clean);
            try (PDPageContentStream content = new PDPageContentStream(document, clean)) {
                content.beginText();
                content.setFont(latin, 11);
                content.newLineAtOffset(72, 760);
                content.showText("The second page of the article has a clean text layer in English.");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
