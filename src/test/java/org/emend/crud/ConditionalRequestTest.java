package org.emend.crud;

import static io.restassured.RestAssured.given;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** ETags let clients re-poll cheaply and write safely. */
@QuarkusTest
class ConditionalRequestTest {

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldAnswerNotModifiedWhileTheTagIsCurrent() {
        String journal = Api.journal();
        String tag = given().get("/api/v1/journals/" + journal).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", tag).get("/api/v1/journals/" + journal).then()
                .statusCode(304)
                .header("ETag", tag)
                .body(emptyString());
        given().header("If-None-Match", "\"41\", " + tag).get("/api/v1/journals/" + journal).then().statusCode(304);

        mergePatch().body(Map.of("publisher", "CIIS")).patch("/api/v1/journals/" + journal).then().statusCode(200);

        given().header("If-None-Match", tag).get("/api/v1/journals/" + journal).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("publisher", equalTo("CIIS"));
    }

    @Test
    void shouldAnswerNotModifiedForWholeArticleUntilAPartChanges() {
        String article = Api.newArticle();
        String page = Api.page(article, "text");
        String url = "/api/v1/articles/" + article + "?include=pages";
        String tag = given().get(url).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", tag).get(url).then().statusCode(304);
        mergePatch().body(Map.of("printedNumber", "079")).patch("/api/v1/pages/" + page).then().statusCode(200);
        given().header("If-None-Match", tag).get(url).then().statusCode(200);
    }

    @Test
    void shouldAcceptWritesWhoseIfMatchHoldsAndThoseWithoutOne() {
        String journal = Api.journal();

        mergePatch().header("If-Match", "\"7\", \"0\"").body(Map.of("publisher", "a")).patch("/api/v1/journals/" + journal)
                .then().statusCode(200).header("ETag", "\"1\"");
        mergePatch().header("If-Match", "*").body(Map.of("publisher", "b")).patch("/api/v1/journals/" + journal)
                .then().statusCode(200);
        mergePatch().body(Map.of("publisher", "c")).patch("/api/v1/journals/" + journal)
                .then().statusCode(200).body("version", equalTo(3));
        mergePatch().body(Map.of("publisher", "d", "version", 3)).patch("/api/v1/journals/" + journal)
                .then().statusCode(200).body("version", equalTo(4));
    }

    @Test
    void shouldRefuseWeakTagsInIfMatch() {
        String journal = Api.journal();

        mergePatch().header("If-Match", "W/\"0\"").body(Map.of("publisher", "a")).patch("/api/v1/journals/" + journal)
                .then().statusCode(412);
    }
}
