package org.emend.draft;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.emend.testing.Api;
import org.emend.testing.ArticlePages;
import org.emend.testing.Cer;
import org.emend.testing.ChineseScans;
import org.emend.testing.Jobs;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A scanned Chinese page whose text layer is Latin soup, imported from its PDF: OCR makes its
 * draft, structure and all (headings, notes), in revisions tagged with the run; once an editor has
 * touched the page, a new reading waits as a proposal accepted block by block.
 */
@QuarkusTest
class OcrDraftTest {

    @Inject
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.clear();
    }

    @Test
    void shouldDraftAnUntouchedGarbledPageFromItsOcrRun() throws Exception {
        ChineseScans.assumeOcrTools();
        JsonPath imported = importScanned();
        String article = imported.getString("articleIds[0]");
        List<Map<String, Object>> pages = given().get("/api/v1/articles/" + article + "/pages").then().statusCode(200)
                .extract().path("items");
        String page = (String) pages.get(0).get("id");

        List<Map<String, Object>> sections = given().get("/api/v1/articles/" + article + "/sections?limit=100").then()
                .statusCode(200).extract().path("items");
        // Page 1 now reads as the page is printed: two headed sections, then page 2's, moved along
        assertThat(sections).hasSize(3);
        assertThat(sections.get(0).get("heading")).asString().contains("矿产与供应链安全");
        assertThat(sections.get(0).get("text")).asString().contains("现代工业的基础").contains("国家安全的高度");
        assertThat(sections.get(1).get("heading")).asString().contains("美国的政策");
        assertThat(sections.get(1).get("level")).isEqualTo(2);
        assertThat(sections.get(2).get("text")).asString().contains("第二页");
        // Read by a real engine: a slip or two, no more (character error rate)
        String drafted = sections.subList(0, 2).stream().map(section -> section.get("heading") + "" + section.get("text"))
                .collect(java.util.stream.Collectors.joining());
        assertThat(Cer.of(String.join("", ArticlePages.SAMPLE.body()), drafted)).isLessThan(0.03);
        assertThat(sections.stream().map(section -> section.get("ordinal")).toList()).containsExactly(1, 2, 3);
        List<Map<String, Object>> notes = given().get("/api/v1/articles/" + article + "/footnotes").then().statusCode(200)
                .extract().path("items");
        assertThat(notes).hasSize(2);
        // Read by a real engine, which may slip on a character or two
        assertThat(Cer.of(ArticlePages.SAMPLE.notes().get(0).substring(1), (String) notes.get(0).get("text")))
                .isLessThan(0.1);
        assertThat(notes.get(1).get("text")).asString().contains("Critical Materials Assessment");
        // The PDF's text layer stays, on the page and as the first block's original
        assertThat((String) pages.get(0).get("ocrOriginal")).contains("FEREGIRIAE");
        assertThat((String) sections.get(0).get("ocrOriginal")).contains("FEREGIRIAE");
        // The change is the engine's, machine-made and revertible like any
        JsonPath revisions = given().get("/api/v1/sections/" + sections.get(0).get("id") + "/revisions").then()
                .statusCode(200).extract().jsonPath();
        assertThat(revisions.getList("items")).hasSize(1);
        assertThat(revisions.getString("items[0].ocrRunId")).isNotNull();
        assertThat(revisions.getString("items[0].author")).startsWith("tesseract");
        assertThat(revisions.getString("items[0].textBefore")).contains("FEREGIRIAE");
        // Nothing is left to accept
        JsonPath draft = given().get("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(200).extract().jsonPath();
        assertThat(draft.getBoolean("handEdited")).isFalse();
        assertThat(draft.getList("blocks.changes")).containsOnly(false);
    }

    @Test
    void shouldProposeANewReadingOfAHandEditedPageBlockByBlock() throws Exception {
        ChineseScans.assumeOcrTools();
        JsonPath imported = importScanned();
        String article = imported.getString("articleIds[0]");
        String page = given().get("/api/v1/articles/" + article + "/pages").then().statusCode(200).extract()
                .path("items[0].id");
        Map<String, Object> first = given().get("/api/v1/articles/" + article + "/sections").then().statusCode(200)
                .extract().path("items[0]");
        Map<String, Object> note = given().get("/api/v1/articles/" + article + "/footnotes").then().statusCode(200)
                .extract().path("items[0]");
        // An editor corrects the first section and the first note
        given().contentType("application/json").header("If-Match", "\"" + first.get("version") + "\"")
                .body(Map.of("text", "编辑改过的正文。")).patch("/api/v1/sections/" + first.get("id")).then().statusCode(200);
        given().contentType("application/json").header("If-Match", "\"" + note.get("version") + "\"")
                .body(Map.of("text", "编辑改过的注释。")).patch("/api/v1/footnotes/" + note.get("id")).then().statusCode(200);

        String job = given().contentType("application/json").body(Map.of("languages", List.of("chi_sim", "eng")))
                .post("/api/v1/pages/" + page + "/ocr").then().statusCode(202).extract().path("id");
        Jobs.awaitDone(job);

        // Never silently over an editor's correction
        given().get("/api/v1/sections/" + first.get("id")).then().statusCode(200).body("text", equalTo("编辑改过的正文。"));
        JsonPath draft = given().get("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(200).extract().jsonPath();
        assertThat(draft.getBoolean("handEdited")).isTrue();
        String key = "section:" + first.get("id");
        Map<String, Object> proposal = draft.getMap("blocks.find { it.key == '" + key + "' }");
        assertThat(proposal.get("changes")).isEqualTo(true);
        assertThat(proposal.get("draftedText")).asString().contains("现代工业的基础");
        assertThat(draft.getList("blocks.find { it.key == '" + key + "' }.diff.op")).contains("delete", "insert");
        long version = ((Number) proposal.get("version")).longValue();

        // A stale version is refused and nothing is written
        given().contentType("application/json")
                .body(Map.of("runId", draft.getString("runId"), "blocks", List.of(Map.of("key", key, "version", version - 1))))
                .post("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(412);
        given().contentType("application/json").body(Map.of("blocks", List.of(Map.of("key", "section:nonsense"))))
                .post("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(422);

        // Accepting one block takes the engine's text there only
        JsonPath after = given().contentType("application/json")
                .body(Map.of("runId", draft.getString("runId"), "blocks", List.of(Map.of("key", key, "version", version))))
                .post("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(200).extract().jsonPath();
        assertThat(after.getBoolean("blocks.find { it.key == '" + key + "' }.changes")).isFalse();
        given().get("/api/v1/sections/" + first.get("id")).then().statusCode(200).body("text",
                org.hamcrest.Matchers.containsString("现代工业的基础"));
        given().get("/api/v1/footnotes/" + note.get("id")).then().statusCode(200).body("text", equalTo("编辑改过的注释。"));
        JsonPath revisions = given().get("/api/v1/sections/" + first.get("id") + "/revisions").then().statusCode(200)
                .extract().jsonPath();
        int last = revisions.getList("items").size() - 1;
        assertThat(revisions.getString("items[" + last + "].ocrRunId")).isEqualTo(draft.getString("runId"));
        assertThat(revisions.getString("items[" + last + "].textBefore")).isEqualTo("编辑改过的正文。");

        // The draft is the editors' business
        Api.anonymous().get("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(401);
    }

    /** Imports a PDF whose first page is a scan with a soup text layer and second a clean Chinese page; waits for OCR. */
    private static JsonPath importScanned() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            ArticlePages.addScanned(document, ArticlePages.SAMPLE, ArticlePages.SOUP);
            ArticlePages.typeset(document,
                    new ArticlePages.Page("文章标题 045", List.of("第二页的正文没有乱码，文字层是干净的，不需要再做光学字符识别。"), List.of()));
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
        return imported;
    }
}
