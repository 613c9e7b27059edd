package org.emend.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ImportApiTest {

    private static final String SAMPLE = "/ocr/intl-studies-2024-06-critical-minerals.txt";
    private static final String ISSUE_PARAMS = "journal=国际问题研究&year=2024&issue=6";

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldImportTheSampleIntoRecords() throws IOException {
        String location = importSample("&title=美国关键矿产安全联盟&author=李冰").statusCode(201)
                .body("report.counts.pages", equalTo(21))
                .body("report.counts.footnotes", equalTo(64))
                .body("report.counts.abstracts", equalTo(4))
                .body("report.pageSplit.method", equalTo("inferred"))
                .body("report.lines.leftover", equalTo(0))
                .body("articleIds", hasSize(4))
                .body("sha256", equalTo(org.emend.persistence.Sha256.hex(sample())))
                .extract().header("Location");
        JsonPath imported = given().get(location).then().statusCode(200).extract().jsonPath();
        String article = imported.getString("articleIds[0]");

        JsonPath whole = get("/api/v1/articles/" + article + "?include=pages,sections,footnotes,abstracts").statusCode(200)
                .body("title", equalTo("美国关键矿产安全联盟"))
                .body("englishTitle", equalTo("The Critical Minerals Security Alliance of the United States"))
                .body("authors[0].name", equalTo("李冰"))
                .body("authors[0].latinName", equalTo("Li Bing"))
                .body("firstPage", equalTo("072"))
                .body("lastPage", equalTo("092"))
                .body("language", equalTo("zh"))
                .body("importId", equalTo(imported.getString("id")))
                .body("pages", hasSize(21))
                .body("footnotes", hasSize(64))
                .body("abstracts", hasSize(1))
                .body("abstracts[0].keywords", contains("United States", "critical minerals security alliance",
                        "supply chain security", "containment of China"))
                .extract().jsonPath();
        StringBuilder pages = new StringBuilder();
        whole.getList("pages.ocrOriginal", String.class).forEach(pages::append);
        assertThat(pages.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(sample());
        assertThat(whole.getString("footnotes[22].citations[0].urls[0].url"))
                .isEqualTo(
                        "https://www.whitehouse.gov/wp-content/uploads/2022/08/U.S.-Strategy-Toward-Sub-Saharan-Africa-FINAL.pdf");
        assertThat(whole.getList("pages.garbleScore", Float.class)).allMatch(score -> score >= 0 && score <= 1);
        assertThat(whole.getString("pages[7].printedNumber")).isEqualTo("079");
        assertThat(whole.getBoolean("pages[7].printedNumberInferred")).isFalse();
        assertThat(whole.getString("pages[7].watermark")).isEqualTo("https://www.cnki.net");
    }

    @Test
    void shouldRecordTheOtherAbstractsAsArticlesKnownOnlyFromThem() throws IOException {
        List<String> ids = importSample("").statusCode(201).extract().jsonPath().getList("articleIds", String.class);

        for (String stub : ids.subList(1, ids.size())) {
            get("/api/v1/articles/" + stub + "?include=abstracts").statusCode(200)
                    .body("abstractOnly", equalTo(true))
                    .body("abstracts", hasSize(1));
        }
        get("/api/v1/articles/" + ids.get(2) + "?include=abstracts").statusCode(200)
                .body("title", equalTo("Russia’s Critical Minerals Strategy from the Perspective of National Security"))
                .body("authors.latinName", contains("Shang Yue", "Han Yichen"));
        get("/api/v1/articles/" + ids.get(1) + "?include=abstracts").statusCode(200)
                .body("title", startsWith("Unknown article"))
                .body("abstracts[0].incomplete", equalTo(true));
        get("/api/v1/articles/" + ids.get(0)).statusCode(200).body("abstractOnly", equalTo(false));
    }

    @Test
    void shouldRefuseTheSameFileTwiceUnlessAskedToReplace() throws IOException {
        String first = importSample("").statusCode(201).extract().path("id");
        Map<String, String> before = database.snapshot();

        importSample("").statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:emend:problem:duplicate-import"))
                .body("links.existing", equalTo("/api/v1/imports/" + first));
        assertThat(database.snapshot()).isEqualTo(before);

        String second = importSample("&replace=true").statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        get("/api/v1/imports/" + first).statusCode(404);
        assertThat(database.count("ocr_import")).isEqualTo(1);
        assertThat(database.count("article")).isEqualTo(4);
        assertThat(database.count("page")).isEqualTo(21);
    }

    @Test
    void shouldTakeAMultipartUpload() throws IOException {
        given().multiPart("file", "dump.txt", sample(), "text/plain")
                .multiPart("journal", "国际问题研究", "text/plain; charset=UTF-8")
                .multiPart("year", "2024")
                .multiPart("issue", "6")
                .post("/api/v1/imports").then().statusCode(201)
                .body("fileName", equalTo("dump.txt"))
                .body("report.counts.pages", equalTo(21));
        assertThat(database.count("journal")).isEqualTo(1);
        assertThat(database.queryString("SELECT title FROM journal")).isEqualTo("国际问题研究");
    }

    @Test
    void shouldDecodeGb18030FromTheContentType() throws IOException {
        Charset gb18030 = Charset.forName("GB18030");
        byte[] bytes = new String(sample(), StandardCharsets.UTF_8).getBytes(gb18030);

        given().contentType("text/plain; charset=GB18030").body(bytes)
                .post("/api/v1/imports?" + ISSUE_PARAMS).then().statusCode(201)
                .body("charset", equalTo("GB18030"))
                .body("report.counts.pages", equalTo(21));
    }

    @Test
    void shouldRefuseWhatCannotBeImportedAndWriteNothing() throws IOException {
        Map<String, String> before = database.snapshot();

        post(new byte[0], ISSUE_PARAMS).statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:emend:problem:unreadable-input"));
        post(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2 }, ISSUE_PARAMS).statusCode(415).contentType(PROBLEM_JSON);
        // A ZIP is read as OCR'd pages (OcrArchiveImportTest); this one is only its header
        post(new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 1, 2 }, ISSUE_PARAMS).statusCode(422).contentType(PROBLEM_JSON);
        // A PDF is imported as one (PdfImportTest); this one is only its header
        post("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), ISSUE_PARAMS).statusCode(422)
                .body("detail", containsString("damaged or cut short"));
        post(new String(sample(), StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")), ISSUE_PARAMS + "&charset=UTF-8")
                .statusCode(422).body("detail", containsString("not valid UTF-8"));
        post(sample(), "year=2024").statusCode(422).body("errors.field", contains("journal"));
        post(sample(), "journal=X").statusCode(422).body("errors.field", contains("year"));
        post(sample(), ISSUE_PARAMS + "&language=Chinese").statusCode(422).body("errors.field", contains("language"));
        given().multiPart("year", "2024").post("/api/v1/imports").then().statusCode(422)
                .body("errors.field", contains("file"));

        assertThat(database.snapshot()).isEqualTo(before);
    }

    /** The database refuses the 101st keyword only at the end of the import: nothing may stay behind. */
    @Test
    void shouldWriteNothingWhenTheImportFailsHalfWay() {
        String keywords = String.join(", ",
                java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "keyword" + i).toList());
        String dump = """
                 HRFRRFHREBG IR B H ATKERY 40 5, # L7kt KR 4 f5 IR, AT RERIHGER e AW P8R
                KR 4 f5 IR, AT RERIHGER e AW P8R . 25 AR . HE R RS A B RGFE AR

                (D  “Critical Minerals and the Energy Transition,” May 3, 2023, https://www.example.org/reports/.
                 SEEIEN SR 5 T 2 B RO R i I BHRENE, B0, SEE 2023 FOEA 2 JE AR =AU 41123550, KR

                The Politics of Rare Earths

                Zhang San

                Abstract: This article examines how export controls became a tool of statecraft.

                Keywords: %s
                """.formatted(keywords);
        Map<String, String> before = database.snapshot();

        post(dump.getBytes(StandardCharsets.UTF_8), ISSUE_PARAMS + "&englishTitle=The Politics of Rare Earths")
                .statusCode(422).contentType(PROBLEM_JSON);

        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldListImports() throws IOException {
        importSample("");

        get("/api/v1/imports").statusCode(200).body("items", hasSize(1))
                .body("items.articleIds", everyItem(hasSize(4)));
    }

    private ValidatableResponse importSample(String extraParams) throws IOException {
        return post(sample(), ISSUE_PARAMS + extraParams);
    }

    private static ValidatableResponse post(byte[] body, String params) {
        return given().contentType("text/plain; charset=UTF-8").body(body).post("/api/v1/imports?" + params).then();
    }

    static byte[] sample() throws IOException {
        try (InputStream in = ImportApiTest.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        }
    }
}
