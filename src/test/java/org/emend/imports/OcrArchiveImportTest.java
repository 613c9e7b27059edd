package org.emend.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.emend.ocr.lines.Hocr;
import org.emend.ocr.lines.OcrLine;
import org.emend.testing.ChineseScans;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Pages OCR'd elsewhere, as Transkribus, eScriptorium or Tesseract export them: a ZIP of ALTO or
 * hOCR files, each with its image. Their lines go through the same structure recovery, laid out
 * from their boxes; each image becomes the page's scan and each reading its OCR run.
 */
@QuarkusTest
class OcrArchiveImportTest {

    private static final String QUERY = "?journal=国际问题研究&year=2025&issue=3&language=zh";
    private static final String HOCR = fixture();

    @Inject
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.clear();
    }

    @Test
    void shouldImportAltoAndHocrPagesWithTheirImages() throws IOException {
        byte[] zip = zip(Map.of("export/p10.hocr", HOCR.getBytes(StandardCharsets.UTF_8), "export/p2.xml",
                alto(Hocr.read(HOCR)).getBytes(StandardCharsets.UTF_8), "export/p2.png",
                ChineseScans.png(ChineseScans.LINES, 50), "export/README.txt", "not a page".getBytes(StandardCharsets.UTF_8)));

        JsonPath imported = given().contentType("application/zip").body(zip).post("/api/v1/imports" + QUERY).then()
                .statusCode(201).body("report.counts.pages", equalTo(2)).extract().jsonPath();

        String article = imported.getString("articleIds[0]");
        List<Map<String, Object>> pages = given().get("/api/v1/articles/" + article + "/pages").then().statusCode(200)
                .extract().path("items");
        // p2 before p10; each page's number from its running head
        assertThat(pages).extracting(page -> page.get("printedNumber")).containsExactly("044", "044");
        List<Map<String, Object>> sections = given().get("/api/v1/articles/" + article + "/sections").then()
                .statusCode(200).extract().path("items");
        assertThat(sections).extracting(section -> section.get("heading")).hasSize(4).allSatisfy(
                heading -> assertThat((String) heading).containsAnyOf("矿产与供应链安全", "美国的政策调整"));
        List<Map<String, Object>> notes = given().get("/api/v1/articles/" + article + "/footnotes").then().statusCode(200)
                .extract().path("items");
        assertThat(notes).extracting(note -> note.get("marker")).containsExactly("①", "②", "①", "②");
        // The ALTO page's image is its scan; the hOCR page has none
        given().get("/api/v1/pages/" + pages.get(0).get("id") + "/image").then().statusCode(200).contentType("image/png");
        given().get("/api/v1/pages/" + pages.get(1).get("id") + "/image").then().statusCode(404);
        // Each reading kept as the page's OCR run, with its software, lines and confidences
        JsonPath alto = given().get("/api/v1/pages/" + pages.get(0).get("id") + "/ocr-runs").then().statusCode(200).extract()
                .jsonPath();
        assertThat(alto.getString("[0].engine")).isEqualTo("eScriptorium");
        assertThat(alto.getString("[0].settings")).isEqualTo("imported from p2");
        assertThat(alto.getList("[0].lines")).hasSize(10);
        assertThat(alto.getDouble("[0].lines[2].confidence")).isEqualTo(87.0);
        JsonPath hocr = given().get("/api/v1/pages/" + pages.get(1).get("id") + "/ocr-runs").then().statusCode(200).extract()
                .jsonPath();
        assertThat(hocr.getString("[0].engine")).isEqualTo("tesseract");
        assertThat(hocr.getString("[0].engineVersion")).startsWith("5.");
        assertThat(database.queryString("SELECT count(*) FROM section WHERE ocr_run_id IS NULL")).isEqualTo("0");
    }

    @Test
    void shouldRefuseAnArchiveItCannotReadAndWriteNothing() throws IOException {
        Map<String, String> before = database.snapshot();

        given().contentType("application/zip")
                .body(zip(Map.of("p1.xml", "<alto><Layout/></alto>".getBytes(StandardCharsets.UTF_8))))
                .post("/api/v1/imports" + QUERY).then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("p1 is not readable ALTO"));
        given().contentType("application/zip").body(zip(Map.of("notes.txt", "nothing".getBytes(StandardCharsets.UTF_8))))
                .post("/api/v1/imports" + QUERY).then().statusCode(422).body("detail", containsString("no ALTO"));
        byte[] whole = zip(Map.of("p1.hocr", HOCR.getBytes(StandardCharsets.UTF_8)));
        given().contentType("application/zip").body(java.util.Arrays.copyOf(whole, whole.length / 2))
                .post("/api/v1/imports" + QUERY).then().statusCode(422);

        assertThat(database.snapshot()).isEqualTo(before);
    }

    /** The page as ALTO 4 writes it: a line a TextLine, a String per line with its confidence. */
    private static String alto(Hocr.Page page) {
        StringBuilder lines = new StringBuilder();
        for (OcrLine line : page.lines()) {
            lines.append(String.format("""
                    <TextLine HPOS="%d" VPOS="%d" WIDTH="%d" HEIGHT="%d">
                      <String HPOS="%1$d" VPOS="%2$d" WIDTH="%3$d" HEIGHT="%4$d" WC="0.87" CONTENT="%s"/>
                    </TextLine>
                    """, line.left(), line.top(), line.right() - line.left(), line.bottom() - line.top(),
                    line.text().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
                  <Description><MeasurementUnit>pixel</MeasurementUnit>
                    <OCRProcessing ID="OCR_0"><ocrProcessingStep><processingSoftware>
                      <softwareName>eScriptorium</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
                  </Description>
                  <Layout><Page WIDTH="%d" HEIGHT="%d" PHYSICAL_IMG_NR="1" ID="p2">
                    <PrintSpace><TextBlock ID="b1">
                %s
                    </TextBlock></PrintSpace>
                  </Page></Layout>
                </alto>
                """.formatted(page.width(), page.height(), lines);
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String fixture() {
        try (var in = OcrArchiveImportTest.class.getResourceAsStream("/ocr/article-page.hocr")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
