package org.emend.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class HistoryApiTest {

    private static final String GARBLED = "美国关键矿产 ERR 安全联盟 Wi#8 的战略";

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private String section() {
        String article = Api.newArticle();
        String page = Api.page(article, GARBLED);
        return Api.create("/api/v1/articles/" + article + "/sections",
                Map.of("level", 1, "heading", "一、引言", "text", GARBLED, "pageId", page));
    }

    private static void patch(String section, String text, long version, String comment) {
        mergePatch().header("If-Match", "\"" + version + "\"").body(Map.of("text", text, "comment", comment))
                .patch("/api/v1/sections/" + section).then().statusCode(200);
    }

    @Test
    void shouldRecordEverySaveAsARevisionWithItsDiff() {
        String section = section();
        patch(section, "美国关键矿产安全联盟的战略", 0, "removed OCR noise");

        get("/api/v1/sections/" + section + "/revisions?diff=word").statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].author", equalTo("token EMEND_ADMIN_TOKEN"))
                .body("items[0].baseVersion", equalTo(0))
                .body("items[0].newVersion", equalTo(1))
                .body("items[0].textBefore", equalTo(GARBLED))
                .body("items[0].textAfter", equalTo("美国关键矿产安全联盟的战略"))
                .body("items[0].statusBefore", equalTo("raw"))
                .body("items[0].statusAfter", equalTo("corrected"))
                .body("items[0].comment", equalTo("removed OCR noise"))
                .body("items[0].diff.findAll { it.op == 'delete' }.text", hasItem(" ERR "));
        get("/api/v1/sections/" + section).body("status", equalTo("corrected"));
    }

    @Test
    void shouldRevertToAnyRevisionAsANewRevision() {
        String section = section();
        patch(section, "第一次修改", 0, "first");
        patch(section, "第二次修改", 1, "second");
        String first = get("/api/v1/sections/" + section + "/revisions").extract().path("items[0].id");

        json().header("If-Match", "\"2\"").body(Map.of("comment", "back to the first"))
                .post("/api/v1/revisions/" + first + "/revert").then().statusCode(201)
                .body("revertsId", equalTo(first))
                .body("textBefore", equalTo("第二次修改"))
                .body("textAfter", equalTo("第一次修改"))
                .body("comment", equalTo("back to the first"));

        get("/api/v1/sections/" + section).body("text", equalTo("第一次修改")).body("version", equalTo(3));
        get("/api/v1/sections/" + section + "/revisions").body("items", hasSize(3));
    }

    /** A block's revisions are a list as every list is: items and a cursor, oldest first, page by page. */
    @Test
    void shouldPageABlocksRevisionsOldestFirst() {
        String section = section();
        patch(section, "第一次修改", 0, "first");
        patch(section, "第二次修改", 1, "second");

        String next = get("/api/v1/sections/" + section + "/revisions?limit=1").body("items", hasSize(1))
                .body("items[0].comment", equalTo("first")).extract().path("nextCursor");
        get("/api/v1/sections/" + section + "/revisions?limit=1&after=" + next).body("items", hasSize(1))
                .body("items[0].comment", equalTo("second")).body("nextCursor", nullValue());
    }

    @Test
    void shouldAnswerARevertThatChangesNothingWithoutMakingARevision() {
        String section = section();
        patch(section, "唯一的修改", 0, "only");
        String only = get("/api/v1/sections/" + section + "/revisions").extract().path("items[0].id");

        // The block already has the text its only revision left: 200 with that revision, nothing new
        json().header("If-Match", "\"1\"").body(Map.of()).post("/api/v1/revisions/" + only + "/revert").then()
                .statusCode(200).body("id", equalTo(only));

        get("/api/v1/sections/" + section).body("version", equalTo(1));
        get("/api/v1/sections/" + section + "/revisions").body("items", hasSize(1));
    }

    @Test
    void shouldRefuseARevertBasedOnAStaleVersionAndChangeNothing() {
        String section = section();
        patch(section, "第一次修改", 0, "first");
        patch(section, "第二次修改", 1, "second");
        String first = get("/api/v1/sections/" + section + "/revisions").extract().path("items[0].id");
        var before = database.snapshot();

        json().header("If-Match", "\"1\"").body(Map.of()).post("/api/v1/revisions/" + first + "/revert").then()
                .statusCode(412).contentType(PROBLEM_JSON)
                .body("links.current", equalTo("/api/v1/sections/" + section));

        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldListAnArticlesRecentChangesNewestFirst() {
        String section = section();
        String article = get("/api/v1/sections/" + section).extract().path("articleId");
        patch(section, "一", 0, "a");
        patch(section, "二", 1, "b");

        get("/api/v1/articles/" + article + "/revisions").statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].textAfter", equalTo("二"))
                .body("items[1].textAfter", equalTo("一"));
        get("/api/v1/revisions/00000000-0000-7000-8000-000000000000").statusCode(404);
    }

    @Test
    void shouldLetOnlyAnotherEditorVerifyAText() {
        String section = section();
        Sessions.Session ana = Sessions.signIn("ana", database.editor("ana"));
        Sessions.Session ben = Sessions.signIn("ben", database.editor("ben"));

        Sessions.as(ana).contentType("application/merge-patch+json").body(Map.of("text", "安娜改过的文字"))
                .patch("/api/v1/sections/" + section).then().statusCode(200).body("status", equalTo("corrected"));
        get("/api/v1/sections/" + section + "/revisions").body("items[0].author", equalTo("ana"));

        Sessions.as(ana).contentType("application/merge-patch+json").body(Map.of("status", "verified"))
                .patch("/api/v1/sections/" + section).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", equalTo("You made the last change to this text: another editor verifies it"));
        Api.anonymous().contentType("application/merge-patch+json").body(Map.of("status", "verified"))
                .patch("/api/v1/sections/" + section).then().statusCode(401);

        Sessions.as(ben).contentType("application/merge-patch+json").body(Map.of("status", "verified"))
                .patch("/api/v1/sections/" + section).then().statusCode(200).body("status", equalTo("verified"));

        // Changing a verified text sends it back to corrected
        Sessions.as(ben).contentType("application/merge-patch+json").body(Map.of("text", "本改过的文字"))
                .patch("/api/v1/sections/" + section).then().statusCode(200).body("status", equalTo("corrected"));
        // Only admins set a block back to raw, and they may verify their own change
        Sessions.Session admin = Sessions.signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD);
        Sessions.as(ben).contentType("application/merge-patch+json").body(Map.of("status", "raw"))
                .patch("/api/v1/sections/" + section).then().statusCode(409);
        Sessions.as(admin).contentType("application/merge-patch+json").body(Map.of("text", "管理员的文字", "status", "verified"))
                .patch("/api/v1/sections/" + section).then().statusCode(200).body("status", equalTo("verified"));
    }

    @Test
    void shouldRescoreABlockWhenItsTextIsCorrected() {
        String section = section();
        double before = get("/api/v1/sections/" + section).extract().jsonPath().getDouble("garbleScore");
        patch(section, "美国关键矿产安全联盟的战略", 0, "fixed");
        JsonPath after = get("/api/v1/sections/" + section).extract().jsonPath();
        assertThat(after.getDouble("garbleScore")).isLessThan(before);
        assertThat(after.getString("ocrOriginal")).isEqualTo(GARBLED);
        // The page's score is its blocks' scores weighted by their length: its only block's now
        assertThat(get("/api/v1/pages/" + after.getString("pageId")).extract().jsonPath().getDouble("garbleScore"))
                .isEqualTo(after.getDouble("garbleScore"), offset(0.001));
    }

    @Test
    void shouldAnswerTheApiWithoutTheConsolesCsrfCookie() {
        section();
        get("/api/v1/journals").statusCode(200).header("Set-Cookie", nullValue());
        get("/api/v1/journals").body("items[0].id", notNullValue());
    }
}
