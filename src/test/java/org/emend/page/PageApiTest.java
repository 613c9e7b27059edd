package org.emend.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
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
class PageApiTest {

    private static final String OCR = " PR A 20 £, HRFRRFHREBG IR B H ATKERY 40 5\n(D “United States and Japan…”\n";

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldKeepOcrOriginalExactlyAndManageFurniture() {
        String article = Api.newArticle();
        String id = json().body(Map.of("ocrOriginal", OCR, "printedNumber", "079", "watermark", "https://www.cnki.net"))
                .post("/api/v1/articles/" + article + "/pages").then().statusCode(201)
                .body("sequence", equalTo(1))
                .body("articleId", equalTo(article))
                .extract().path("id");

        get("/api/v1/pages/" + id).statusCode(200).body("ocrOriginal", equalTo(OCR));
        mergePatch().body(Map.of("runningHead", "r [ %71 Y")).patch("/api/v1/pages/" + id).then().statusCode(200)
                .body("runningHead", equalTo("r [ %71 Y"))
                .body("printedNumber", equalTo("079"));
        json().body(Map.of("sequence", 1, "printedNumber", "080", "ocrOriginal", OCR)).put("/api/v1/pages/" + id).then()
                .statusCode(200)
                .body("printedNumber", equalTo("080"))
                .body("watermark", equalTo(null));
        assertThat(database.queryString("SELECT ocr_original FROM page")).isEqualTo(OCR);
    }

    @Test
    void shouldRefuseChangingOcrOriginal() {
        String article = Api.newArticle();
        String id = Api.page(article, OCR);
        Map<String, String> before = database.snapshot();

        json().body(Map.of("ocrOriginal", "rewritten")).put("/api/v1/pages/" + id).then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("ocrOriginal"))
                .body("errors[0].message", equalTo("is read-only"));
        mergePatch().body("{\"ocrOriginal\": null}").patch("/api/v1/pages/" + id).then().statusCode(422);

        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldNumberPagesInSequenceAndListThemInOrder() {
        String article = Api.newArticle();
        String third = json().body(Map.of("ocrOriginal", "c", "sequence", 3)).post("/api/v1/articles/" + article + "/pages")
                .then().statusCode(201).extract().path("id");
        String first = json().body(Map.of("ocrOriginal", "a", "sequence", 1)).post("/api/v1/articles/" + article + "/pages")
                .then().statusCode(201).extract().path("id");
        String fourth = Api.page(article, "d");

        get("/api/v1/articles/" + article + "/pages").statusCode(200).body("items.id", contains(first, third, fourth));
        get("/api/v1/pages?articleId=" + article + "&limit=1").statusCode(200).body("items.id", contains(first));
        json().body(Map.of("ocrOriginal", "x", "sequence", 3)).post("/api/v1/articles/" + article + "/pages").then()
                .statusCode(409).contentType(PROBLEM_JSON);
        RestAssured.delete("/api/v1/pages/" + third).then().statusCode(204);
        get("/api/v1/articles/" + article + "/pages").statusCode(200).body("items.id", contains(first, fourth));
    }

    @Test
    void shouldRequireOcrOriginalOnCreation() {
        String article = Api.newArticle();
        json().body(Map.of("printedNumber", "079")).post("/api/v1/articles/" + article + "/pages").then().statusCode(422)
                .body("errors[0].field", equalTo("ocrOriginal"));
        assertThat(database.count("page")).isZero();
    }
}
