package org.emend.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class IssueApiTest {

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldCreateIssueInJournalAndManageIt() {
        String journal = Api.journal();
        String id = json().body(Map.of("year", 2024, "volume", "45", "number", "6", "publishedOn", "2024-11-13"))
                .post("/api/v1/journals/" + journal + "/issues").then().statusCode(201)
                .body("journalId", equalTo(journal))
                .body("publishedOn", equalTo("2024-11-13"))
                .extract().path("id");

        get("/api/v1/issues/" + id).statusCode(200).body("number", equalTo("6")).body("volume", equalTo("45"));
        json().body(Map.of("year", 2024, "number", "6")).put("/api/v1/issues/" + id).then().statusCode(200)
                .body("volume", equalTo(null));
        mergePatch().body(Map.of("volume", "46")).patch("/api/v1/issues/" + id).then().statusCode(200)
                .body("volume", equalTo("46"))
                .body("number", equalTo("6"));
        RestAssured.delete("/api/v1/issues/" + id).then().statusCode(204);
        assertThat(database.count("issue")).isZero();
    }

    @Test
    void shouldListIssuesOfOneJournalAndFilterByYear() {
        String journal = Api.journal();
        String other = Api.journal();
        String first = Api.issue(journal, 2023, "1");
        String second = Api.issue(journal, 2024, "6");
        Api.issue(other, 2024, "6");

        get("/api/v1/journals/" + journal + "/issues").statusCode(200)
                .body("items.id", containsInAnyOrder(first, second));
        get("/api/v1/issues?journalId=" + journal + "&year=2024").statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(second));
        get("/api/v1/issues").statusCode(200).body("items", hasSize(3));
    }

    @Test
    void shouldRefuseIssueOfUnknownJournal() {
        json().body(Map.of("year", 2024)).post("/api/v1/journals/" + java.util.UUID.randomUUID() + "/issues").then()
                .statusCode(404).contentType(PROBLEM_JSON);
        get("/api/v1/journals/" + java.util.UUID.randomUUID() + "/issues").statusCode(404);
        assertThat(database.count("issue")).isZero();
    }

    @Test
    void shouldRefuseSecondIssueWithSameNumbering() {
        String journal = Api.journal();
        Api.issue(journal, 2024, "6");

        json().body(Map.of("year", 2024, "number", "6")).post("/api/v1/journals/" + journal + "/issues").then()
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:emend:problem:conflict"));
        assertThat(database.count("issue")).isEqualTo(1);
    }

    @Test
    void shouldRefuseDeletingIssueWithArticlesUnlessCascadeIsAsked() {
        String journal = Api.journal();
        String issue = Api.issue(journal);
        String article = Api.article(issue);
        Api.page(article, "text");
        Map<String, String> before = database.snapshot();

        RestAssured.delete("/api/v1/issues/" + issue).then().statusCode(409).contentType(PROBLEM_JSON);
        assertThat(database.snapshot()).isEqualTo(before);

        RestAssured.delete("/api/v1/issues/" + issue + "?cascade=true").then().statusCode(204);
        assertThat(database.count("issue")).isZero();
        assertThat(database.count("article")).isZero();
        assertThat(database.count("page")).isZero();
        assertThat(database.count("journal")).isEqualTo(1);
    }
}
