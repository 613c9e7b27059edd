package org.emend.footnote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.create;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class FootnoteApiTest {

    private static final String NOTE = "“United States and Japan Sign Critical Minerals Agreement,” March 28, 2023, "
            + "https://ustr.gov/about-us/policy- offices/press-office";

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldCreateFootnoteOnPageAndCorrectIt() {
        String article = Api.newArticle();
        String page = Api.page(article, "(D " + NOTE);
        String id = json().body(Map.of("pageId", page, "numberOnPage", 1, "marker", "(D", "language", "en", "text", NOTE))
                .post("/api/v1/articles/" + article + "/footnotes").then().statusCode(201)
                .body("ordinal", equalTo(1))
                .body("marker", equalTo("(D"))
                .body("ocrOriginal", equalTo(NOTE))
                .extract().path("id");

        String corrected = NOTE.replace("policy- offices", "policy-offices");
        mergePatch().body(Map.of("text", corrected, "marker", "①")).patch("/api/v1/footnotes/" + id).then()
                .statusCode(200)
                .body("text", equalTo(corrected))
                .body("marker", equalTo("①"))
                .body("ocrOriginal", equalTo(NOTE))
                .body("pageId", equalTo(page));
        RestAssured.delete("/api/v1/footnotes/" + id).then().statusCode(204);
        assertThat(database.count("footnote")).isZero();
    }

    @Test
    void shouldListFootnotesAcrossArticleAndByPage() {
        String article = Api.newArticle();
        String first = Api.page(article, "p1");
        String second = Api.page(article, "p2");
        String a = create("/api/v1/articles/" + article + "/footnotes",
                Map.of("pageId", first, "numberOnPage", 1, "language", "en", "text", "a"));
        String b = create("/api/v1/articles/" + article + "/footnotes",
                Map.of("pageId", first, "numberOnPage", 2, "language", "zh", "text", "b"));
        String c = create("/api/v1/articles/" + article + "/footnotes",
                Map.of("pageId", second, "numberOnPage", 1, "language", "en", "text", "c", "status", "corrected"));

        get("/api/v1/articles/" + article + "/footnotes").statusCode(200)
                .body("items.id", contains(a, b, c))
                .body("items.ordinal", contains(1, 2, 3))
                .body("items.numberOnPage", contains(1, 2, 1));
        get("/api/v1/footnotes?pageId=" + first).statusCode(200).body("items.id", contains(a, b));
        get("/api/v1/footnotes?status=corrected").statusCode(200).body("items.id", contains(c));
    }

    @Test
    void shouldDetachFootnoteWhenItsPageIsDeleted() {
        String article = Api.newArticle();
        String page = Api.page(article, "p1");
        String note = create("/api/v1/articles/" + article + "/footnotes",
                Map.of("pageId", page, "language", "en", "text", "a"));

        RestAssured.delete("/api/v1/pages/" + page).then().statusCode(204);

        get("/api/v1/footnotes/" + note).statusCode(200).body("pageId", equalTo(null)).body("text", equalTo("a"));
    }
}
