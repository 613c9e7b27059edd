package org.emend.replace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ChangesetApiTest {

    @Inject
    TestDatabase database;

    private String article;
    private String first;
    private String second;
    private String note;

    @BeforeEach
    void articleWithTwoSectionsAndANote() {
        database.clear();
        article = Api.newArticle();
        String page = Api.page(article, "ocr");
        first = Api.create("/api/v1/articles/" + article + "/sections",
                Map.of("level", 1, "text", "美国 关键矿产 与 关键矿产 联盟", "pageId", page));
        second = Api.create("/api/v1/articles/" + article + "/sections",
                Map.of("level", 1, "text", "Critical minerals, critical MINERALS", "pageId", page));
        note = Api.create("/api/v1/articles/" + article + "/footnotes",
                Map.of("marker", "①", "text", "参见关键矿产报告 2023 年版", "pageId", page, "language", "zh"));
    }

    private Map<String, Object> search(String find, String replacement, boolean regex) {
        return Map.of("scope", Map.of("kind", "article", "id", article), "find", find, "replacement", replacement,
                "regex", regex, "matchCase", false);
    }

    private JsonPath preview(Map<String, Object> search) {
        return json().body(search).post("/api/v1/replacements/preview").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldRefuseARegularExpressionThatOverflowsTheStackAndChangeNothing() {
        Api.create("/api/v1/articles/" + article + "/sections", Map.of("level", 2, "text", "a".repeat(20_000)));
        var before = database.snapshot();
        json().body(search("(a|a)*$", "b", true)).post("/api/v1/replacements/preview").then().statusCode(422)
                .contentType(Api.PROBLEM_JSON).body("errors.field", org.hamcrest.Matchers.hasItem("find"));
        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldPreviewEveryHitInContext() {
        JsonPath preview = preview(search("关键矿产", "关键矿物", false));
        assertThat(preview.getList("hits")).hasSize(3);
        assertThat(preview.getBoolean("truncated")).isFalse();
        assertThat(preview.getList("hits.match")).containsOnly("关键矿产");
        assertThat(preview.getList("hits.replacement")).containsOnly("关键矿物");
        assertThat(preview.getString("hits.find { it.blockId == '" + note + "' }.before")).isEqualTo("参见");
        assertThat(preview.getString("hits.find { it.blockId == '" + note + "' }.kind")).isEqualTo("footnote");
    }

    @Test
    void shouldApplyOnlyTheAcceptedHitsAsOneChangesetAndRevertIt() {
        List<String> hits = preview(search("关键矿产", "关键矿物", false)).getList("hits.id");
        // Reject the second hit in the first section
        List<String> accepted = List.of(hits.get(0), hits.get(2));

        JsonPath result = json().body(Map.of("search", search("关键矿产", "关键矿物", false), "accept", accepted))
                .post("/api/v1/changesets").then().statusCode(201)
                .body("blocksChanged", equalTo(2))
                .body("replacements", equalTo(2))
                .body("skipped", hasSize(0))
                .extract().jsonPath();
        String changeset = result.getString("changesetId");

        get("/api/v1/sections/" + first).body("text", equalTo("美国 关键矿物 与 关键矿产 联盟"));
        get("/api/v1/footnotes/" + note).body("text", equalTo("参见关键矿物报告 2023 年版"));
        get("/api/v1/changesets/" + changeset).statusCode(200)
                .body("description", containsString("关键矿产"))
                .body("revisions", hasSize(2))
                .body("revisions.changesetId", contains(changeset, changeset));

        String revert = json().post("/api/v1/changesets/" + changeset + "/revert").then().statusCode(201)
                .body("blocksChanged", equalTo(2)).extract().path("changesetId");
        get("/api/v1/changesets/" + revert).body("revertsId", equalTo(changeset));
        get("/api/v1/sections/" + first).body("text", equalTo("美国 关键矿产 与 关键矿产 联盟"));
        get("/api/v1/footnotes/" + note).body("text", equalTo("参见关键矿产报告 2023 年版"));
    }

    @Test
    void shouldReplaceWithRegularExpressionGroupsIgnoringCase() {
        Map<String, Object> search = search("critical (minerals)", "key $1", true);
        List<String> hits = preview(search).getList("hits.id");
        assertThat(hits).hasSize(2);
        json().body(Map.of("search", search, "accept", hits)).post("/api/v1/changesets").then().statusCode(201);
        get("/api/v1/sections/" + second).body("text", equalTo("key minerals, key MINERALS"));
    }

    @Test
    void shouldSkipABlockChangedSinceThePreviewAndSaySo() {
        Map<String, Object> search = search("关键矿产", "关键矿物", false);
        List<String> hits = preview(search).getList("hits.id");
        mergePatch().body(Map.of("text", "别人刚改过：关键矿产")).patch("/api/v1/sections/" + first).then().statusCode(200);

        json().body(Map.of("search", search, "accept", hits)).post("/api/v1/changesets").then().statusCode(201)
                .body("blocksChanged", equalTo(1))
                .body("skipped", hasSize(1))
                .body("skipped[0].blockId", equalTo(first))
                .body("skipped[0].reason", containsString("changed since the preview"));
        get("/api/v1/sections/" + first).body("text", equalTo("别人刚改过：关键矿产"));
    }

    @Test
    void shouldExplainABadRegularExpressionAndChangeNothing() {
        var before = database.snapshot();
        json().body(search("关键(矿产", "x", true)).post("/api/v1/replacements/preview").then()
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("find"))
                .body("errors[0].message", containsString("not a valid regular expression"));
        json().body(Map.of("search", search("关键(矿产", "x", true), "accept", List.of("section:" + first + ":0:0")))
                .post("/api/v1/changesets").then().statusCode(422);
        json().body(Map.of("search", search("关键矿产", "x", false), "accept", List.of("not-a-hit")))
                .post("/api/v1/changesets").then().statusCode(422).body("errors[0].field", equalTo("accept"));
        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldNarrowTheSearchByStatusAndLanguage() {
        mergePatch().body(Map.of("text", "美国 关键矿产 联盟")).patch("/api/v1/sections/" + first).then().statusCode(200);
        Map<String, Object> corrected = new java.util.HashMap<>(search("关键矿产", "x", false));
        corrected.put("status", "corrected");
        assertThat(preview(corrected).getList("hits.blockId")).containsExactly(first);
        Map<String, Object> english = new java.util.HashMap<>(search("关键矿产", "x", false));
        english.put("language", "en");
        assertThat(preview(english).getList("hits")).isEmpty();
    }
}
