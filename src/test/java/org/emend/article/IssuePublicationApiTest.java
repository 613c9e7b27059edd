package org.emend.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.CommandLineSession;
import org.emend.testing.Samples;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Publishing an issue and its articles through the API and from the command line, as the console does. */
@QuarkusTest
class IssuePublicationApiTest {

    @Inject
    TestDatabase database;

    String issue;

    @BeforeEach
    void importTheSample() {
        database.clear();
        issue = RestAssured.given().contentType("text/plain; charset=UTF-8").body(Samples.criticalMinerals())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201).extract()
                .path("issueId");
    }

    @Test
    void shouldPublishTheIssueAndItsArticlesButThoseKnownFromAbstracts() {
        Api.anonymous().get("/api/v1/articles").then().body("items.size()", equalTo(0));

        RestAssured.given().post("/api/v1/issues/" + issue + "/publish").then().statusCode(200)
                .body("publishedOn", equalTo(LocalDate.now(ZoneOffset.UTC).toString())).body("articles", equalTo(1))
                .body("leftAsDrafts", equalTo(3));

        Api.anonymous().get("/api/v1/articles").then().body("items.size()", equalTo(1));
        // Again: nothing more to publish, nothing written
        long changes = database.count("record_change");
        RestAssured.given().post("/api/v1/issues/" + issue + "/publish").then().statusCode(200).body("articles",
                equalTo(0));
        assertThat(database.count("record_change")).isEqualTo(changes);
    }

    @Test
    void shouldTakeAWriter() {
        Api.anonymous().post("/api/v1/issues/" + issue + "/publish").then().statusCode(401).contentType(Api.PROBLEM_JSON);
        String reader = Api.json().body(Map.of("name", "reader", "scope", "read")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("secret");
        Api.withToken(reader).post("/api/v1/issues/" + issue + "/publish").then().statusCode(403);
        RestAssured.given().post("/api/v1/issues/0190a0a0-0000-7000-8000-000000000000/publish").then().statusCode(404)
                .contentType(Api.PROBLEM_JSON);
        assertThat(database.queryString("SELECT string_agg(status, ',') FROM article")).doesNotContain("published");
    }

    @Test
    void shouldPublishFromTheCommandLine() {
        CommandLineSession commands = CommandLineSession.overApi();

        assertThat(commands.run("publish", "--issue", issue)).as(commands.err()).isZero();

        assertThat(commands.out().strip()).isEqualTo("Published issue " + issue + " (dated "
                + LocalDate.now(ZoneOffset.UTC) + "): 1 article, 3 left as drafts (known only from their abstracts)");
        Api.anonymous().get("/api/v1/articles").then().body("items.size()", equalTo(1));
    }
}
