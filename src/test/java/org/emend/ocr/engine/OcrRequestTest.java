package org.emend.ocr.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.ChineseScans;
import org.emend.testing.Jobs;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A page read again on demand, as the sample's pages need: imported from a text dump (soup), its
 * scan uploaded by hand, then OCR'd in the languages asked for. Bad requests change nothing.
 */
@QuarkusTest
class OcrRequestTest {

    @Inject
    TestDatabase database;

    private String page;

    @BeforeEach
    void aGarbledPageWithAScan() {
        database.clear();
        page = Api.page(Api.article(Api.issue(Api.journal()), "美国关键矿产安全联盟的构建", "zh"),
                "FEREGIRIAE-FE, BARAR Y 52U E S~ kG i, KK HEN BE TS BEIR R s FIE");
    }

    /** An article's or an issue's pages are read in one job, a task per page that has something to read. */
    @Test
    void shouldQueueAnArticleOrAnIssueAsOneJob() {
        String article = given().get("/api/v1/pages/" + page).then().extract().path("articleId");
        String issue = given().get("/api/v1/articles/" + article).then().extract().path("issueId");
        String scanless = Api.page(article, "第二页");
        Api.json().body(Map.of()).post("/api/v1/articles/" + article + "/ocr").then().statusCode(409)
                .contentType(PROBLEM_JSON);
        given().contentType("image/png").body(ChineseScans.png(ChineseScans.LINES, 100))
                .put("/api/v1/pages/" + page + "/image").then().statusCode(200);

        String job = Api.json().body(Map.of("languages", List.of("eng"))).post("/api/v1/articles/" + article + "/ocr").then()
                .statusCode(202).header("Location", startsWith("/api/v1/jobs/")).body("total", equalTo(1)).extract()
                .path("id");
        given().post("/api/v1/jobs/" + job + "/cancel").then().statusCode(200);
        // Only pages of the article with a scan or a PDF may be named
        Api.json().body(Map.of("pageIds", List.of(scanless))).post("/api/v1/articles/" + article + "/ocr").then()
                .statusCode(422).body("errors[0].field", equalTo("pageIds"));
        String issueJob = Api.json().body(Map.of()).post("/api/v1/issues/" + issue + "/ocr").then().statusCode(202)
                .body("total", equalTo(1)).extract().path("id");
        given().post("/api/v1/jobs/" + issueJob + "/cancel").then().statusCode(200);
        Api.json().body(Map.of()).post("/api/v1/issues/" + java.util.UUID.randomUUID() + "/ocr").then().statusCode(404);
        Api.json().body(Map.of()).post("/api/v1/articles/" + java.util.UUID.randomUUID() + "/ocr").then().statusCode(404);
        Api.anonymous().contentType("application/json").body("{}").post("/api/v1/issues/" + issue + "/ocr").then()
                .statusCode(401);
    }

    @Test
    void shouldReadAnUploadedScanAgainInTheLanguagesAskedFor() {
        ChineseScans.assumeOcrTools();
        given().contentType("image/png").body(ChineseScans.png(ChineseScans.LINES, 300))
                .put("/api/v1/pages/" + page + "/image").then().statusCode(200);

        JsonPath job = Api.json().body(Map.of("languages", List.of("chi_sim", "eng"))).post("/api/v1/pages/" + page + "/ocr")
                .then().statusCode(202).header("Location", startsWith("/api/v1/jobs/")).body("kind", equalTo("page-ocr"))
                .extract().jsonPath();
        Jobs.awaitDone(job.getString("id")).body("done", equalTo(1));

        JsonPath runs = given().get("/api/v1/pages/" + page + "/ocr-runs").then().statusCode(200).extract().jsonPath();
        assertThat(runs.getString("[0].languages")).isEqualTo("chi_sim+eng");
        assertThat(runs.getString("[0].settings")).contains("uploaded scan");
        assertThat(runs.getString("[0].text")).contains("矿产安全联盟").contains("能源转型的基础");
        // The blocks and the OCR original are the editor's: not changed by a run
        assertThat((String) given().get("/api/v1/pages/" + page).then().extract().path("ocrOriginal")).startsWith("FEREGIRIAE");
    }

    @Test
    void shouldRefuseWhatCannotBeReadAndQueueNothing() {
        Map<String, String> before = database.snapshot();
        Api.json().body(Map.of()).post("/api/v1/pages/" + page + "/ocr").then().statusCode(409).contentType(PROBLEM_JSON);
        Api.json().body(Map.of()).post("/api/v1/pages/" + java.util.UUID.randomUUID() + "/ocr").then().statusCode(404);
        Api.json().body(Map.of("languages", List.of("../../etc"))).post("/api/v1/pages/" + page + "/ocr").then()
                .statusCode(422).contentType(PROBLEM_JSON);
        assertThat(database.queryString("SELECT count(*) FROM job")).isEqualTo("0");
        assertThat(database.snapshot()).isEqualTo(before);
    }
}
