package org.emend.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.emend.testing.ArticlePages;
import org.emend.testing.ChineseScans;
import org.emend.testing.Jobs;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A PDF is imported as it is: one page per PDF page (a page without text included), each page's
 * text layer as its OCR original, and each page rendered and stored as its scan, so the editor has
 * the image without an upload by hand. A PDF that cannot be read changes nothing.
 */
@QuarkusTest
class PdfImportTest {

    private static final String QUERY = "?journal=Journal%20of%20Tests&year=2024&issue=3";

    @Inject
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.clear();
    }

    @Test
    void shouldImportEveryPageWithItsTextAndItsScan() throws IOException {
        byte[] pdf = pdf(false, List.of("Critical Minerals and the Alliance", "The first paragraph of the body text.",
                "It goes on for a second line."),
                List.of("A second page of body text.", "1 See the notes of the State Department."),
                List.of());

        JsonPath imported = given().contentType("application/pdf").body(pdf).post("/api/v1/imports" + QUERY).then()
                .statusCode(201).body("report.counts.pages", equalTo(3)).extract().jsonPath();
        String article = imported.getString("articleIds[0]");
        // The scans are rendered in the background, by the first job the answer names; the second
        // OCRs the page without a text layer
        assertThat(imported.getList("jobIds")).hasSize(2);
        String job = imported.getString("jobIds[0]");
        given().get("/api/v1/imports/" + imported.getString("id")).then().body("jobIds[0]", equalTo(job));
        Jobs.awaitDone(job).body("total", equalTo(3)).body("done", equalTo(3)).body("failed", equalTo(0));
        List<Map<String, Object>> pages = given().get("/api/v1/articles/" + article + "/pages?limit=10").then()
                .statusCode(200).extract().path("items");
        assertThat(pages).hasSize(3);
        assertThat((String) pages.get(0).get("ocrOriginal")).contains("Critical Minerals and the Alliance")
                .contains("It goes on for a second line.");
        assertThat((String) pages.get(1).get("ocrOriginal")).contains("A second page of body text.");
        assertThat(((String) pages.get(2).get("ocrOriginal")).strip()).isEmpty();
        for (Map<String, Object> page : pages) {
            byte[] scan = given().get("/api/v1/pages/" + page.get("id") + "/image").then().statusCode(200)
                    .contentType("image/png").extract().asByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(scan));
            // A4 at 150 dpi
            assertThat(image.getWidth()).isBetween(1230, 1250);
            assertThat(image.getHeight()).isBetween(1745, 1765);
        }

        // The same PDF again, as a file with a generic type: known as a PDF, and as the same file
        given().multiPart("file", "article.pdf", pdf, "application/octet-stream").multiPart("journal", "Journal of Tests")
                .multiPart("year", "2024").multiPart("issue", "3").post("/api/v1/imports").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("type", equalTo("urn:emend:problem:duplicate-import"));
    }

    /** A born-digital Chinese PDF: its text layer is read as it is, in reading order, and judged clean. */
    @Test
    void shouldReadTheChineseTextLayerOfABornDigitalPdf() throws IOException {
        Path font = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
        Assumptions.assumeTrue(Files.exists(font) || "true".equals(System.getenv("CI")),
                "needs fonts-droid-fallback, which .ci/run installs");
        byte[] pdf = pdf(document -> load(document, font), false,
                List.of("美国关键矿产安全联盟的构建", "关键矿产是大国竞争的焦点，也是能源转型的基础。", "美国联合盟友建立供应链。"),
                List.of("第二页的正文继续讨论联盟的结构。", "各国在开采与加工环节分工合作。"));

        String article = given().contentType("application/pdf").body(pdf).post("/api/v1/imports" + QUERY + "&language=zh")
                .then().statusCode(201).body("report.counts.pages", equalTo(2)).extract().path("articleIds[0]");
        List<Map<String, Object>> pages = given().get("/api/v1/articles/" + article + "/pages").then().statusCode(200)
                .extract().path("items");
        assertThat((String) pages.get(0).get("ocrOriginal")).contains("美国关键矿产安全联盟的构建")
                .contains("关键矿产是大国竞争的焦点，也是能源转型的基础。");
        assertThat((String) pages.get(1).get("ocrOriginal")).contains("各国在开采与加工环节分工合作。");
        String sections = given().get("/api/v1/articles/" + article + "/sections").then().statusCode(200).extract().asString();
        assertThat(sections).contains("第二页的正文继续讨论联盟的结构");
    }

    /**
     * A born-digital article page: its layout comes from where its lines stand and how large they
     * are set: the running head and printed number from the top band, headings by size, the notes
     * by their smaller type below the body, each note on its own.
     */
    @Test
    void shouldTakeTheLayoutOfABornDigitalPageFromItsTextPositions() throws IOException {
        ChineseScans.assumeOcrTools();
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            ArticlePages.typeset(document, ArticlePages.SAMPLE);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }

        JsonPath imported = given().contentType("application/pdf").body(pdf).post("/api/v1/imports" + QUERY + "&language=zh")
                .then().statusCode(201).extract().jsonPath();
        // A clean text layer needs no OCR: one job, for the scans
        assertThat(imported.getList("jobIds")).hasSize(1);
        String article = imported.getString("articleIds[0]");
        Map<String, Object> page = given().get("/api/v1/articles/" + article + "/pages").then().statusCode(200).extract()
                .path("items[0]");
        assertThat(page.get("printedNumber")).isEqualTo("044");
        assertThat(page.get("runningHead")).asString().contains("国际问题研究");
        List<Map<String, Object>> sections = given().get("/api/v1/articles/" + article + "/sections").then().statusCode(200)
                .extract().path("items");
        assertThat(sections).extracting(section -> section.get("heading")).containsExactly("一、关键矿产与供应链安全", "（一）美国的政策调整");
        assertThat(sections).extracting(section -> section.get("level")).containsExactly(1, 2);
        assertThat((String) sections.get(1).get("text")).isEqualTo(ArticlePages.SAMPLE.body().get(3));
        List<Map<String, Object>> notes = given().get("/api/v1/articles/" + article + "/footnotes").then().statusCode(200)
                .extract().path("items");
        assertThat(notes).extracting(note -> note.get("marker")).containsExactly("①", "②");
        assertThat((String) notes.get(1).get("text")).startsWith("U.S. Department of Energy");
    }

    /** A protected PDF opens with its password (sent as a form field); it is kept unprotected, so its pages render. */
    @Test
    void shouldImportAProtectedPdfWithItsPassword() throws IOException {
        byte[] pdf = pdf(true, List.of("Secret text of a protected page."));

        JsonPath imported = given().multiPart("file", "protected.pdf", pdf, "application/pdf")
                .multiPart("password", "user-secret")
                .multiPart("journal", "Journal of Tests").multiPart("year", "2024").post("/api/v1/imports").then()
                .statusCode(201).extract().jsonPath();

        Jobs.awaitDone(imported.getString("jobIds[0]")).body("done", equalTo(1));
        String text = given().get("/api/v1/articles/" + imported.getString("articleIds[0]") + "/pages").then().statusCode(200)
                .extract().path("items[0].ocrOriginal");
        assertThat(text).contains("Secret text of a protected page.");
        assertThat(database.queryString("SELECT position('/Encrypt' IN encode(content, 'escape')) FROM source_file"))
                .isEqualTo("0");
    }

    /** An abstracts page in two columns: each column read whole, the left one first, not across. */
    @Test
    void shouldReadTwoColumnsOneAfterTheOther() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                write(content, font, 14, 72, 780, "Abstracts of the Articles in This Issue");
                for (int line = 0; line < 6; line++) {
                    write(content, font, 10, 72, 740 - line * 14, "left column line " + (line + 1) + " of the first abstract");
                    write(content, font, 10, 310, 740 - line * 14, "right column line " + (line + 1) + " of the second");
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }

        String article = given().contentType("application/pdf").body(pdf).post("/api/v1/imports" + QUERY).then()
                .statusCode(201).extract().path("articleIds[0]");

        String text = given().get("/api/v1/articles/" + article + "/pages").then().statusCode(200).extract()
                .path("items[0].ocrOriginal");
        assertThat(text).doesNotContain("abstract right");
        assertThat(text.indexOf("left column line 6")).isLessThan(text.indexOf("right column line 1"));
        assertThat(text.indexOf("Abstracts of the Articles")).isLessThan(text.indexOf("left column line 1"));
    }

    private static void write(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A PDF imported again in place of the first import: the first one's background work stops. */
    @Test
    void shouldStopTheReplacedImportsJobs() throws IOException {
        byte[] pdf = pdf(false, List.of("One page of text."), List.of("Another page of text."));
        List<String> first = given().contentType("application/pdf").body(pdf).post("/api/v1/imports" + QUERY).then()
                .statusCode(201).extract().path("jobIds");

        List<String> second = given().contentType("application/pdf").body(pdf).post("/api/v1/imports" + QUERY + "&replace=true")
                .then().statusCode(201).extract().path("jobIds");

        Jobs.awaitDone(second.get(0)).body("done", equalTo(2));
        for (String job : first) {
            // Done before the replacement came, or stopped by it: never failing on records that are gone
            given().get("/api/v1/jobs/" + job).then().statusCode(200).body("status", oneOf("done", "cancelled"))
                    .body("failed", equalTo(0));
        }
    }

    @Test
    void shouldRefuseAPdfThatCannotBeReadAndWriteNothing() throws IOException {
        Map<String, String> before = database.snapshot();
        byte[] whole = pdf(false, List.of("Some text."));

        given().contentType("application/pdf").body(pdf(true, List.of("Secret text."))).post("/api/v1/imports" + QUERY)
                .then().statusCode(422).contentType(PROBLEM_JSON).body("detail", containsString("password"));
        given().contentType("application/pdf").header("Emend-Pdf-Password", "wrong").body(pdf(true, List.of("Secret text.")))
                .post("/api/v1/imports" + QUERY).then().statusCode(422).body("detail", containsString("does not open"));
        given().contentType("application/pdf").body(Arrays.copyOf(whole, whole.length / 3)).post("/api/v1/imports" + QUERY)
                .then().statusCode(422).contentType(PROBLEM_JSON);

        assertThat(database.snapshot()).isEqualTo(before);
    }

    /** An A4 PDF with a page for each list of lines, in Helvetica; with {@code encrypted}, a password to open it. */
    @SafeVarargs
    static byte[] pdf(boolean encrypted, List<String>... pages) throws IOException {
        return pdf(document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA), encrypted, pages);
    }

    private static PDFont load(PDDocument document, Path font) {
        try {
            return PDType0Font.load(document, font.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An A4 PDF with a page for each list of lines, in the font given; with {@code encrypted}, a password to open it. */
    @SafeVarargs
    static byte[] pdf(Function<PDDocument, PDFont> fonts, boolean encrypted, List<String>... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = fonts.apply(document);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 770;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(72, y);
                        content.showText(line);
                        content.endText();
                        y -= 16;
                    }
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
