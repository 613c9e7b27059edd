package org.emend.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OpenApiTest {

    private static final List<String> RECORDS = List.of("journals", "issues", "articles", "pages", "sections",
            "footnotes", "abstracts");

    private static JsonPath openApi() {
        return given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldDescribeEveryOperationOfEveryKindOfRecord() {
        JsonPath document = openApi();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        for (String kind : RECORDS) {
            assertThat(paths.get("/api/v1/" + kind)).as(kind).containsKey("get");
            assertThat(paths.get("/api/v1/" + kind + "/{id}")).as(kind)
                    .containsKeys("get", "put", "patch", "delete");
        }
        assertThat(paths.get("/api/v1/journals")).containsKey("post");
        assertThat(paths.get("/api/v1/imports")).containsKeys("get", "post");
        assertThat(paths.get("/api/v1/imports/{id}")).containsKey("get");
        assertThat(paths.get("/api/v1/journals/{journalId}/issues")).containsKeys("get", "post");
        assertThat(paths.get("/api/v1/issues/{issueId}/articles")).containsKeys("get", "post");
        for (String part : List.of("pages", "sections", "footnotes", "abstracts")) {
            assertThat(paths.get("/api/v1/articles/{articleId}/" + part)).as(part).containsKeys("get", "post");
        }
    }

    @Test
    void shouldDescribeBodiesAndProblemResponses() {
        JsonPath document = openApi();
        assertThat(document.getString("paths.'/api/v1/sections/{id}'.put.requestBody.content.'application/json'.schema.$ref"))
                .endsWith("SectionInput");
        assertThat(document.getString(
                "paths.'/api/v1/sections/{id}'.patch.requestBody.content.'application/merge-patch+json'.schema.$ref"))
                .endsWith("SectionInput");
        assertThat(document.getMap("paths.'/api/v1/sections/{id}'.patch.responses")).containsKeys("200", "400", "404",
                "412", "422");
        assertThat(document.getString(
                "paths.'/api/v1/sections/{id}'.patch.responses.'412'.content.'application/problem+json'.schema.$ref"))
                .endsWith("Problem");
        assertThat(document.getMap("components.schemas.Problem.properties")).containsKeys("type", "title", "status",
                "detail", "errors");
        assertThat(
                document.getString("paths.'/api/v1/articles/{id}'.get.responses.'200'.content.'application/json'.schema.$ref"))
                .endsWith("ArticleWithParts");
        // The article's own fields stand beside the parts, as in the response, not in an object of their own
        assertThat(document.getMap("components.schemas.ArticleWithParts.properties")).containsKeys("id", "title",
                "version", "pages", "sections", "footnotes", "abstracts").doesNotContainKey("article");
    }
}
