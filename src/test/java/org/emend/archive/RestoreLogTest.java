package org.emend.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import jakarta.inject.Inject;

import org.emend.persistence.Sha256;
import org.emend.testing.Api;
import org.emend.testing.Samples;
import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A restore recreates history as its bag has it, so it is an administrator's act, and every
 * restore is on record: who, when, which bag (its checksum), and whether it replaced history.
 */
@QuarkusTest
class RestoreLogTest {

    @Inject
    TestDatabase database;

    private String issue;

    @BeforeEach
    void importTheSample() {
        database.clear();
        issue = given().contentType("text/plain; charset=UTF-8").body(Samples.criticalMinerals())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201).extract()
                .path("issueId");
    }

    private static String token(String scope) {
        return json().body(Map.of("name", scope + " client", "scope", scope)).post("/api/v1/tokens").then().statusCode(201)
                .extract().path("secret");
    }

    private byte[] bag() {
        return given().get("/api/v1/exports/issues/" + issue + "?format=zip").then().statusCode(200).extract().asByteArray();
    }

    @Test
    void shouldRefuseARestoreToAWriteTokenAndWriteNothing() {
        byte[] bag = bag();
        String writer = token("write");
        var before = database.snapshot();

        Api.withToken(writer).multiPart("bag", "bag.zip", bag, "application/zip").post("/api/v1/restores?replace=true")
                .then().statusCode(403).contentType(PROBLEM_JSON);
        Api.withToken(writer).get("/api/v1/restores").then().statusCode(403);

        assertThat(database.snapshot()).isEqualTo(before);
        assertThat(database.count("restore_log")).isZero();
    }

    @Test
    void shouldRecordWhoRestoredWhichBagAndWhetherItRewroteHistory() {
        byte[] bag = bag();
        given().multiPart("bag", "bag.zip", bag, "application/zip").post("/api/v1/restores?replace=true").then()
                .statusCode(201);

        given().get("/api/v1/restores").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].author", equalTo("token EMEND_ADMIN_TOKEN"))
                .body("items[0].bagSha256", equalTo(Sha256.hex(bag)))
                .body("items[0].bagBytes", equalTo(bag.length))
                .body("items[0].replaceRequested", equalTo(true))
                .body("items[0].replacedRecords", equalTo(6)) // the journal, the issue and its four articles
                .body("items[0].rewroteHistory", equalTo(true))
                .body("items[0].articles", equalTo(4));

        // Admins see it in the console; editors may neither restore nor read the log
        Sessions.Session admin = Sessions.signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD);
        Sessions.with(admin).get("/console/restores").then().statusCode(200)
                .body(containsString(Sha256.hex(bag))).body(containsString("6 records replaced"));
        database.editor("ivan");
        Sessions.Session editor = Sessions.signIn("ivan", "ivan-secret-password");
        Sessions.with(editor).get("/console/restores").then().statusCode(403);
        Sessions.as(editor).get("/api/v1/restores").then().statusCode(403);

        // Into an empty archive nothing is replaced: no history rewritten
        database.clear();
        given().multiPart("bag", "bag.zip", bag, "application/zip").post("/api/v1/restores").then().statusCode(201);
        given().get("/api/v1/restores").then().body("items", hasSize(1)).body("items[0].rewroteHistory", equalTo(false))
                .body("items[0].replacedRecords", equalTo(0));
    }
}
