package org.emend.abstracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.create;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class AbstractApiTest {

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldKeepKeywordsInOrderAndManageAbstract() {
        String article = Api.newArticle();
        String page = Api.page(article, "abstracts page");
        String id = json().body(Map.of("language", "en",
                "title", "The Critical Minerals Security Alliance of the United States",
                "text", "In recent years, the United States has incorporated…",
                "keywords", List.of("United States", "critical minerals security alliance", "supply chain security"),
                "pageId", page))
                .post("/api/v1/articles/" + article + "/abstracts").then().statusCode(201)
                .body("keywords", contains("United States", "critical minerals security alliance", "supply chain security"))
                .extract().path("id");

        mergePatch().body(Map.of("keywords", List.of("United States", "containment of China")))
                .patch("/api/v1/abstracts/" + id).then().statusCode(200)
                .body("keywords", contains("United States", "containment of China"))
                .body("title", equalTo("The Critical Minerals Security Alliance of the United States"));
        get("/api/v1/articles/" + article + "/abstracts?language=en").statusCode(200).body("items.id", contains(id));
        RestAssured.delete("/api/v1/abstracts/" + id).then().statusCode(204);
        assertThat(database.count("article_abstract")).isZero();
    }

    @Test
    void shouldAllowOneAbstractPerLanguage() {
        String article = Api.newArticle();
        String english = create("/api/v1/articles/" + article + "/abstracts", Map.of("language", "en", "text", "a"));
        String chinese = create("/api/v1/articles/" + article + "/abstracts", Map.of("language", "zh", "text", "摘要"));

        json().body(Map.of("language", "en", "text", "again")).post("/api/v1/articles/" + article + "/abstracts").then()
                .statusCode(409).contentType(PROBLEM_JSON);
        get("/api/v1/abstracts?articleId=" + article).statusCode(200).body("items.id", contains(english, chinese));
    }
}
