package org.emend.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
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
class SectionApiTest {

    private static final String GARBLED = "(—) MeHrSE 4z h a4\n\nKEMEA Y % 2R S RS 5 EAWLHI";

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldKeepOcrOriginalWhileEditorsCorrectText() {
        String article = Api.newArticle();
        String page = Api.page(article, GARBLED);
        String id = json().body(Map.of("level", 2, "heading", "(—) MeHrSE", "text", GARBLED, "pageId", page))
                .post("/api/v1/articles/" + article + "/sections").then().statusCode(201)
                .body("ordinal", equalTo(1))
                .body("ocrOriginal", equalTo(GARBLED))
                .body("status", equalTo("raw"))
                .extract().path("id");

        mergePatch().body(Map.of("heading", "（一）美国的关键矿产战略", "text", "美国……", "status", "corrected"))
                .patch("/api/v1/sections/" + id).then().statusCode(200)
                .body("heading", equalTo("（一）美国的关键矿产战略"))
                .body("text", equalTo("美国……"))
                .body("ocrOriginal", equalTo(GARBLED))
                .body("status", equalTo("corrected"))
                .body("level", equalTo(2))
                .body("pageId", equalTo(page));
        RestAssured.delete("/api/v1/sections/" + id).then().statusCode(204);
        assertThat(database.count("section")).isZero();
    }

    @Test
    void shouldListSectionsInReadingOrderFilteredByStatusAndPage() {
        String article = Api.newArticle();
        String page = Api.page(article, "p1");
        String otherPage = Api.page(article, "p2");
        String first = create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "a",
                "pageId", page));
        String second = create("/api/v1/articles/" + article + "/sections", Map.of("level", 2, "text", "b",
                "pageId", otherPage, "status", "verified"));
        String third = create("/api/v1/articles/" + article + "/sections", Map.of("level", 2, "text", "c",
                "pageId", otherPage, "continuesPrevious", true));

        get("/api/v1/articles/" + article + "/sections").statusCode(200).body("items.id", contains(first, second, third));
        get("/api/v1/sections?status=verified").statusCode(200).body("items.id", contains(second));
        get("/api/v1/sections?pageId=" + otherPage).statusCode(200).body("items.id", contains(second, third));
        get("/api/v1/articles/" + article + "/sections?status=raw&pageId=" + page).statusCode(200)
                .body("items.id", contains(first));
    }

    @Test
    void shouldMoveASectionToAFreePlaceAndKeepItsOwnInOneVersion() {
        String article = Api.newArticle();
        String first = create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "a"));
        String second = create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "b"));

        mergePatch().body(Map.of("ordinal", 5, "level", 2, "text", "b, corrected")).patch("/api/v1/sections/" + second)
                .then().statusCode(200)
                .body("ordinal", equalTo(5))
                .body("version", equalTo(1));
        mergePatch().body(Map.of("ordinal", 1, "text", "a, corrected")).patch("/api/v1/sections/" + first)
                .then().statusCode(200)
                .body("ordinal", equalTo(1))
                .body("version", equalTo(1));
        get("/api/v1/articles/" + article + "/sections").statusCode(200).body("items.id", contains(first, second));
    }

    @Test
    void shouldRefusePageOfAnotherArticleAndTakenOrdinal() {
        String article = Api.newArticle();
        String foreignPage = Api.page(Api.newArticle(), "elsewhere");
        create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "a", "ordinal", 1));
        Map<String, String> before = database.snapshot();

        json().body(Map.of("level", 1, "text", "b", "pageId", foreignPage))
                .post("/api/v1/articles/" + article + "/sections").then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("pageId"));
        json().body(Map.of("level", 1, "text", "b", "ordinal", 1)).post("/api/v1/articles/" + article + "/sections")
                .then().statusCode(409).contentType(PROBLEM_JSON);

        assertThat(database.snapshot()).isEqualTo(before);
    }
}
