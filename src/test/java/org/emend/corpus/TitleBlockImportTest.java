package org.emend.corpus;

import static io.restassured.RestAssured.given;
import static org.emend.testing.Api.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An article imported without any metadata takes its title, its authors and its Chinese abstract
 * from its title block, and its authors' Latin names from its English abstract, found by their
 * pinyin: a page of the structure corpus as Tesseract read it with Chinese.
 */
@QuarkusTest
class TitleBlockImportTest {

    private static final CorpusDocument DOCUMENT = CorpusDocument.load(CorpusDocument.CORPUS.resolve("doc-07"));

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldReadTheTitleBlockIntoTheArticle() {
        byte[] dump = DOCUMENT.dump(CorpusDocument.Reading.CHI, true, StandardCharsets.UTF_8);
        String id = given().contentType("text/plain; charset=UTF-8").body(dump)
                .queryParam("journal", "国际展望").queryParam("year", 2024).queryParam("issue", 1)
                .post("/api/v1/imports").then().statusCode(201).extract().jsonPath().getString("articleIds[0]");

        get("/api/v1/articles/" + id + "?include=abstracts,sections").statusCode(200)
                .body("title", equalTo("英国参与粮食安全治理的逻辑与限度"))
                .body("authors.name", contains("马文博", "朱佳琪"))
                .body("authors.latinName", contains("Ma Wenbo", "Zhu Jiaqi"))
                .body("englishTitle",
                        equalTo("The Logic and Limits of the United Kingdom's Participation in Food Security Governance"))
                .body("abstracts", hasSize(2))
                .body("abstracts.find { it.language == 'zh' }.keywords", contains("英国", "粮食安全", "产业政策", "规则竞争"))
                .body("abstracts.find { it.language == 'zh' }.text", startsWith("选举周期"))
                .body("sections[0].heading", startsWith("一、"))
                .body("sections.text.findAll { it.contains('【') }", hasSize(0));
    }
}
