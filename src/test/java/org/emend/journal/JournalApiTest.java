package org.emend.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.create;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class JournalApiTest {

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldCreateReadReplacePatchAndDeleteJournal() {
        String location = json().body(Map.of("title", "国际问题研究", "issn", "0452-8832", "cnCode", "11-1137/D"))
                .post("/api/v1/journals").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("title", equalTo("国际问题研究"))
                .body("issn", equalTo("0452-8832"))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        get("/api/v1/journals/" + id).statusCode(200).header("ETag", "\"0\"").body("cnCode", equalTo("11-1137/D"));

        json().body(Map.of("title", "国际问题研究", "englishTitle", "International Studies", "version", 0))
                .put("/api/v1/journals/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("englishTitle", equalTo("International Studies"))
                .body("issn", nullValue())
                .body("version", equalTo(1));

        mergePatch().header("If-Match", "\"1\"").body(Map.of("publisher", "China Institute of International Studies"))
                .patch("/api/v1/journals/" + id).then().statusCode(200)
                .body("publisher", equalTo("China Institute of International Studies"))
                .body("englishTitle", equalTo("International Studies"))
                .body("version", equalTo(2));

        RestAssured.given().header("If-Match", "\"2\"").delete("/api/v1/journals/" + id).then().statusCode(204);
        get("/api/v1/journals/" + id).statusCode(404).contentType(PROBLEM_JSON);
        assertThat(database.count("journal")).isZero();
    }

    @Test
    void shouldAcceptRepresentationSentBackUnchangedOnPut() {
        String id = Api.journal();
        Map<String, Object> representation = get("/api/v1/journals/" + id).extract().jsonPath().getMap("");
        representation.put("publisher", "CIIS");

        json().body(representation).put("/api/v1/journals/" + id).then().statusCode(200)
                .body("publisher", equalTo("CIIS"))
                .body("id", equalTo(id));
    }

    @Test
    void shouldRefuseDeletingJournalWithIssuesUnlessCascadeIsAsked() {
        String journal = Api.journal();
        String issue = Api.issue(journal);
        String article = Api.article(issue);
        Api.page(article, "page text");
        Map<String, String> before = database.snapshot();

        RestAssured.delete("/api/v1/journals/" + journal).then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:emend:problem:conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("cascade=true"));
        assertThat(database.snapshot()).isEqualTo(before);

        RestAssured.delete("/api/v1/journals/" + journal + "?cascade=true").then().statusCode(204);
        for (String table : TestDatabase.TABLES) {
            if (!table.equals("record_change") && !table.equals("oai_item")) {
                assertThat(database.count(table)).as(table).isZero();
            }
        }
        // The change feed keeps a tombstone for each record the cascade removed
        assertThat(database.queryString("SELECT string_agg(kind, ',' ORDER BY kind) FROM record_change"
                + " WHERE operation = 'deleted'")).isEqualTo("article,issue,journal,page");
    }

    @Test
    void shouldListJournalsInPagesWithNextLink() {
        for (int i = 0; i < 3; i++) {
            create("/api/v1/journals", Map.of("title", "Journal " + i));
        }
        String next = get("/api/v1/journals?limit=2").statusCode(200)
                .body("items", hasSize(2))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract().path("nextCursor");

        get("/api/v1/journals?limit=2&after=" + next).statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("Journal 2"))
                .body("nextCursor", nullValue())
                .header("Link", nullValue());
    }
}
