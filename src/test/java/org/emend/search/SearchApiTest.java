package org.emend.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.anonymous;
import static org.emend.testing.Api.create;
import static org.emend.testing.Api.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchApiTest {

    @Inject
    TestDatabase database;

    private String journal;
    private String issue;
    private String article;
    private String page;

    @BeforeEach
    void sampleArticle() {
        database.clear();
        journal = Api.journal();
        issue = Api.issue(journal);
        article = Api.article(issue, "美国关键矿产安全联盟的构建", "zh");
        page = Api.page(article, "page one");
    }

    private String section(String text) {
        return section(text, text);
    }

    private String section(String text, String ocrOriginal) {
        return create("/api/v1/articles/" + article + "/sections",
                Map.of("level", 1, "text", text, "ocrOriginal", ocrOriginal, "pageId", page));
    }

    private String footnote(String text, String language) {
        return create("/api/v1/articles/" + article + "/footnotes", Map.of("text", text, "language", language));
    }

    private static JsonPath search(String query) {
        return get("/api/v1/search?" + query).statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldFindTwoChineseCharactersInsideLongerRunsAndHighlightThem() {
        String inside = section("二十一世纪以来，关键矿产成为大国竞争的焦点。");
        String atEnd = section("美国推动建立关键矿产");
        section("与此无关的段落，谈论的是能源转型。");

        JsonPath hits = search("q=矿产");
        assertThat(hits.getList("items.id", String.class)).containsExactlyInAnyOrder(inside, atEnd, article);
        // The article's title holds 矿产 too
        assertThat(search("q=矿产&kind=title").getList("items.id", String.class)).containsExactly(article);

        JsonPath hit = search("q=矿产&kind=section&limit=100");
        for (int i = 0; i < 2; i++) {
            String snippet = hit.getString("items[" + i + "].snippet.text");
            int start = hit.getInt("items[" + i + "].snippet.highlights[0].start");
            int end = hit.getInt("items[" + i + "].snippet.highlights[0].end");
            assertThat(snippet.substring(snippet.offsetByCodePoints(0, start), snippet.offsetByCodePoints(0, end)))
                    .isEqualTo("矿产");
        }
        // A single character, the last of a run, and a three-character phrase across bigrams
        assertThat(search("q=产").getList("items.id", String.class)).contains(inside, atEnd);
        assertThat(search("q=关键矿产成为").getList("items.id", String.class)).containsExactly(inside);
        // Characters that are both there, but not together, are not a match
        assertThat(search("q=矿成").getList("items")).isEmpty();
    }

    @Test
    void shouldRankTheBlockWithAllThreeWordsFirst() {
        String two = section("The supply of critical materials is short.");
        String all = section("Securing critical mineral supply chains is the alliance's aim.");
        String one = section("Mineral water is not what this is about.");
        String twoAgain = section("Mineral supply, mineral supply, mineral supply.");

        // Every word required (the default): only the block that has them all
        get("/api/v1/search?q=critical mineral supply").body("items.id", contains(all))
                .body("items[0].matchedTerms", equalTo(3));
        // Any word: all three first, then those with two, then one
        JsonPath any = search("q=critical mineral supply&match=any");
        assertThat(any.getList("items.id", String.class)).hasSize(4).first().isEqualTo(all);
        assertThat(any.getList("items.matchedTerms", Integer.class)).containsExactly(3, 2, 2, 1);
        assertThat(any.getList("items.id", String.class).subList(1, 3)).containsExactlyInAnyOrder(two, twoAgain);
        assertThat(any.getString("items[3].id")).isEqualTo(one);
        // Case and width do not matter; a quoted phrase must occur as written
        assertThat(search("q=ＣＲＩＴＩＣＡＬ MINERAL").getList("items.id", String.class)).containsExactly(all);
        assertThat(search("q=\"mineral supply\"").getList("items.id", String.class)).containsExactlyInAnyOrder(all,
                twoAgain);
        assertThat(search("q=\"supply mineral\"").getList("items.id", String.class)).containsExactly(twoAgain);
        // The snippet marks every word of the query
        JsonPath first = search("q=critical mineral supply");
        String snippet = first.getString("items[0].snippet.text");
        List<String> marked = new ArrayList<>();
        for (Map<String, Integer> highlight : first.<Map<String, Integer>> getList("items[0].snippet.highlights")) {
            marked.add(snippet.substring(highlight.get("start"), highlight.get("end")));
        }
        assertThat(marked).containsExactly("critical", "mineral", "supply");
    }

    @Test
    void shouldSearchOcrOriginalsOnlyWhenAsked() {
        String corrected = section("关键矿产供应链", "关键矿严供应链");

        assertThat(search("q=矿严").getList("items")).isEmpty();
        get("/api/v1/search?q=矿严&in=original").body("items.id", contains(corrected))
                .body("items[0].matchedIn", equalTo("original"))
                .body("items[0].snippet.text", equalTo("关键矿严供应链"));
        get("/api/v1/search?q=矿产&in=both").body("items.find { it.id == '" + corrected + "' }.matchedIn", equalTo("text"));
        get("/api/v1/search?q=矿严&in=both").body("items.id", contains(corrected));
    }

    @Test
    void shouldShowEachKindsOwnFieldsInItsHits() {
        String headed = create("/api/v1/articles/" + article + "/sections",
                Map.of("level", 1, "heading", "一、发表声明", "text", "全文如下。", "pageId", page));
        String summary = create("/api/v1/articles/" + article + "/abstracts",
                Map.of("language", "en", "title", "On the 声明", "text", "An abstract.", "keywords", List.of("外交")));

        // A section speaks its article's language; its heading is searched and shown
        get("/api/v1/search?q=声明&kind=section").body("items.id", contains(headed))
                .body("items[0].language", equalTo("zh")).body("items[0].status", equalTo("raw"))
                .body("items[0].pageId", equalTo(page)).body("items[0].snippet.text", containsString("发表声明"));
        // An abstract speaks its own; its title and keywords are searched and shown
        get("/api/v1/search?q=声明&kind=abstract").body("items.id", contains(summary))
                .body("items[0].language", equalTo("en")).body("items[0].snippet.text", containsString("On the 声明"));
        get("/api/v1/search?q=外交&kind=abstract").body("items.id", contains(summary))
                .body("items[0].snippet.text", containsString("外交"));
    }

    @Test
    void shouldFilterByKindLanguageStatusIssueAndJournal() {
        String zh = footnote("参见美国国务院的声明。", "zh");
        String en = footnote("See the statement by the State Department (声明).", "en");
        String sectionId = section("声明全文如下。");
        String abstractId = create("/api/v1/articles/" + article + "/abstracts",
                Map.of("language", "en", "text", "An abstract.", "keywords", List.of("声明")));
        String otherIssue = Api.issue(journal, 2025, "1");
        String otherArticle = Api.article(otherIssue, "Another", "en");
        String elsewhere = create("/api/v1/articles/" + otherArticle + "/sections", Map.of("level", 1, "text", "声明"));

        get("/api/v1/search?q=声明&limit=100").body("items.id",
                containsInAnyOrder(zh, en, sectionId, abstractId, elsewhere));
        get("/api/v1/search?q=声明&kind=footnote").body("items.id", containsInAnyOrder(zh, en));
        get("/api/v1/search?q=声明&kind=footnote,abstract").body("items.id", containsInAnyOrder(zh, en, abstractId));
        get("/api/v1/search?q=声明&kind=footnote&kind=section&issue=" + issue).body("items.id",
                containsInAnyOrder(zh, en, sectionId));
        get("/api/v1/search?q=声明&language=en").body("items.id", containsInAnyOrder(en, abstractId, elsewhere));
        get("/api/v1/search?q=声明&journal=" + journal + "&issue=" + otherIssue).body("items.id", contains(elsewhere));

        Api.mergePatch().body(Map.of("status", "corrected")).patch("/api/v1/footnotes/" + zh).then().statusCode(200);
        get("/api/v1/search?q=声明&status=corrected").body("items.id", contains(zh))
                .body("items[0].status", equalTo("corrected")).body("items[0].language", equalTo("zh"))
                .body("items[0].links.self", equalTo("/api/v1/footnotes/" + zh))
                .body("items[0].links.article", equalTo("/api/v1/articles/" + article))
                .body("items[0].articleTitle", equalTo("美国关键矿产安全联盟的构建"))
                .body("items[0].issueId", equalTo(issue)).body("items[0].journalId", equalTo(journal));
        get("/api/v1/search?q=声明&kind=section&issue=" + issue).body("items[0].links.page", equalTo("/api/v1/pages/" + page))
                .body("items[0].links.console", equalTo("/console/pages/" + page));
    }

    @Test
    void shouldFindAnEditInTheSameTransactionAsTheSave() {
        String id = section("旧的文字");
        long version = get("/api/v1/sections/" + id).extract().jsonPath().getLong("version");
        Api.mergePatch().header("If-Match", "\"" + version + "\"").body(Map.of("text", "新的文字"))
                .patch("/api/v1/sections/" + id).then().statusCode(200);

        assertThat(search("q=新的").getList("items.id", String.class)).containsExactly(id);
        assertThat(search("q=旧的").getList("items")).isEmpty();
        assertThat(search("q=旧的&in=original").getList("items.id", String.class)).containsExactly(id);
    }

    @Test
    void shouldPageThroughRankedResultsWithoutSkippingOrRepeating() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(section("archive " + "word ".repeat(i % 7) + i));
        }
        List<String> seen = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            String url = "/api/v1/search?q=archive&limit=10" + (cursor == null ? "" : "&after=" + cursor);
            JsonPath page = get(url).statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(pages).isEqualTo(3);
        get("/api/v1/search?q=archive&limit=10").header("Link", containsString("rel=\"next\""));
    }

    @Test
    void shouldShowAnonymousCallersPublishedArticlesOnly() {
        String id = section("尚未出版的文字");
        assertThat(anonymous().get("/api/v1/search?q=出版").then().statusCode(200).extract().jsonPath().getList("items"))
                .isEmpty();

        Api.mergePatch().body(Map.of("publishedOn", "2024-12-01")).patch("/api/v1/issues/" + issue).then().statusCode(200);
        Api.mergePatch().body(Map.of("status", "published")).patch("/api/v1/articles/" + article).then().statusCode(200);
        anonymous().get("/api/v1/search?q=出版").then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void shouldRefuseBadSearchesWithAProblem() {
        for (String query : List.of("limit=5", "q=", "q=%20%20", "q=...%20!!", "q=a&limit=0", "q=a&limit=101",
                "q=a&kind=chapter",
                "q=a&in=margin", "q=a&match=most", "q=a&status=done", "q=a&language=Chinese", "q=a&journal=nope",
                "q=a&after=garbage", "q=" + "x".repeat(501),
                "q=" + String.join("%20", IntStream.range(0, 40).mapToObj(i -> "w" + i).toList()))) {
            var response = given().urlEncodingEnabled(false).get("/api/v1/search?" + query).then().extract();
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith(PROBLEM_JSON);
        }
        get("/api/v1/search?q=nothing-like-this").body("items", empty());
        get("/api/v1/search?q=a&status=raw&kind=title").body("items", hasSize(0));
        get("/api/v1/search?q=美国").body("items.kind", everyItem(equalTo("title")));
    }
}
