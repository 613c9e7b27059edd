package org.emend.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.create;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.mergePatch;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.emend.article.contents.ArticlePart;
import org.emend.article.contents.ArticlesWithParts;
import org.emend.footnote.Footnote;
import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class ArticleApiTest {

    @Inject
    TestDatabase database;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    ArticlesWithParts articles;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldCreateArticleWithOrderedAuthorsAndManageIt() {
        String issue = Api.issue(Api.journal());
        String id = json().body(Map.of(
                "title", "美国关键矿产安全联盟",
                "englishTitle", "The Critical Minerals Security Alliance of the United States",
                "authors", List.of(Map.of("name", "李冰", "latinName", "Li Bing"), Map.of("name", "王五")),
                "language", "zh", "firstPage", "079", "lastPage", "092"))
                .post("/api/v1/issues/" + issue + "/articles").then().statusCode(201)
                .body("issueId", equalTo(issue))
                .body("status", equalTo("draft"))
                .body("authors.name", contains("李冰", "王五"))
                .body("authors[0].latinName", equalTo("Li Bing"))
                .extract().path("id");

        get("/api/v1/articles/" + id).statusCode(200).body("firstPage", equalTo("079")).body("lastPage", equalTo("092"));
        mergePatch().body(Map.of("status", "published", "authors", List.of(Map.of("name", "李冰"))))
                .patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("authors", hasSize(1))
                .body("englishTitle", equalTo("The Critical Minerals Security Alliance of the United States"));
        json().body(Map.of("title", "新标题", "language", "zh")).put("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("新标题"))
                .body("authors", hasSize(0))
                .body("status", equalTo("draft"));
    }

    @Test
    void shouldFilterArticlesByIssueLanguageAndStatus() {
        String journal = Api.journal();
        String issue = Api.issue(journal, 2024, "6");
        String otherIssue = Api.issue(journal, 2024, "5");
        String chinese = Api.article(issue, "美国关键矿产安全联盟", "zh");
        String english = Api.article(issue, "Critical Minerals Governance", "en");
        Api.article(otherIssue, "其他", "zh");
        mergePatch().body(Map.of("status", "published")).patch("/api/v1/articles/" + english).then().statusCode(200);

        get("/api/v1/issues/" + issue + "/articles").statusCode(200).body("items", hasSize(2));
        get("/api/v1/articles?issueId=" + issue + "&language=zh").statusCode(200)
                .body("items.id", contains(chinese));
        get("/api/v1/articles?status=published").statusCode(200).body("items.id", contains(english));
        get("/api/v1/articles").statusCode(200).body("items", hasSize(3));
    }

    @Test
    void shouldEmbedEveryPartInOrderWhenIncluded() {
        String article = Api.newArticle();
        String firstPage = Api.page(article, "page one");
        String secondPage = Api.page(article, "page two");
        create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "heading", "一、", "text", "first",
                "pageId", firstPage));
        create("/api/v1/articles/" + article + "/sections", Map.of("level", 2, "text", "second",
                "pageId", secondPage, "continuesPrevious", true));
        create("/api/v1/articles/" + article + "/footnotes", Map.of("language", "en", "text", "note", "pageId", firstPage));
        create("/api/v1/articles/" + article + "/abstracts", Map.of("language", "en", "text", "abstract"));

        get("/api/v1/articles/" + article + "?include=pages,sections,footnotes,abstracts").statusCode(200)
                .body("pages.ocrOriginal", contains("page one", "page two"))
                .body("pages.sequence", contains(1, 2))
                .body("sections.text", contains("first", "second"))
                .body("sections[1].pageId", equalTo(secondPage))
                .body("sections.continuesPrevious", contains(false, true))
                .body("footnotes[0].pageId", equalTo(firstPage))
                .body("abstracts[0].text", equalTo("abstract"));
        get("/api/v1/articles/" + article + "?include=footnotes").statusCode(200)
                .body("footnotes", hasSize(1))
                .body("$", not(org.hamcrest.Matchers.hasKey("sections")));
    }

    @Test
    void shouldReadWholeArticleInSameNumberOfQueriesWhateverItsSize() {
        String article = Api.newArticle();
        addParts(article, 2);
        long small = statementsToReadWhole(article);

        addParts(article, 30);
        long large = statementsToReadWhole(article);

        // the article, four parts, and the caller's API token
        assertThat(small).isLessThanOrEqualTo(6);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void shouldDeleteArticleWithEverythingInIt() {
        String article = Api.newArticle();
        addParts(article, 3);
        Api.article(Api.issue(Api.journal(), 2020, "1"));

        RestAssured.delete("/api/v1/articles/" + article).then().statusCode(204);

        assertThat(database.count("article")).isEqualTo(1);
        for (String table : List.of("page", "section", "footnote", "article_abstract")) {
            assertThat(database.count(table)).as(table).isZero();
        }
    }

    @Test
    void shouldChangeTagWhenAnEmbeddedPartChanges() {
        String article = Api.newArticle();
        String page = Api.page(article, "text");
        String footnote = create("/api/v1/articles/" + article + "/footnotes",
                Map.of("language", "en", "text", "note", "pageId", page));
        String before = get("/api/v1/articles/" + article + "?include=footnotes").extract().header("ETag");

        mergePatch().body(Map.of("text", "corrected note")).patch("/api/v1/footnotes/" + footnote).then().statusCode(200);

        String after = get("/api/v1/articles/" + article + "?include=footnotes").extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        assertThat(get("/api/v1/articles/" + article).extract().header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void shouldAnswerACurrentCopyOfTheWholeArticleWithoutLoadingItsText() {
        String article = Api.newArticle();
        addParts(article, 3);
        String whole = "/api/v1/articles/" + article + "?include=pages,sections,footnotes,abstracts";
        String tag = get(whole).statusCode(200).extract().header("ETag");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        RestAssured.given().header("If-None-Match", tag).get(whole).then().statusCode(304).header("ETag", tag);

        for (Class<?> part : List.of(org.emend.page.Page.class, org.emend.section.Section.class,
                Footnote.class, org.emend.abstracts.ArticleAbstract.class)) {
            assertThat(statistics.getEntityStatistics(part.getName()).getLoadCount()).as(part.getSimpleName()).isZero();
        }
        String footnote = get("/api/v1/articles/" + article + "/footnotes").extract().path("items[0].id");
        mergePatch().body(Map.of("text", "corrected note")).patch("/api/v1/footnotes/" + footnote).then().statusCode(200);
        String changed = RestAssured.given().header("If-None-Match", tag).get(whole).then().statusCode(200)
                .body("footnotes[0].text", equalTo("corrected note")).extract().header("ETag");
        assertThat(changed).isNotEqualTo(tag);
        RestAssured.given().header("If-None-Match", changed).get(whole).then().statusCode(304);
        RestAssured.given().header("If-None-Match", changed).get("/api/v1/articles/" + article + "?include=footnotes").then()
                .statusCode(200);
    }

    @Test
    void shouldLoadWhatARequestReadsReadOnlyButNotWhatAWriteLoads() {
        String article = Api.newArticle();
        addParts(article, 1);
        // Published, so that a read without a caller may see it
        String issue = get("/api/v1/articles/" + article).extract().path("issueId");
        json().post("/api/v1/issues/" + issue + "/publish").then().statusCode(200);
        UUID id = UUID.fromString(article);
        UUID footnote = UUID.fromString(get("/api/v1/articles/" + article + "/footnotes").extract().path("items[0].id"));
        var request = Arc.container().requestContext();
        request.activate();
        try {
            articles.get(id, ArticlePart.parse("footnotes"));
            Session session = Panache.getSession();
            assertThat(session.isReadOnly(session.getReference(Footnote.class, footnote))).isTrue();
        } finally {
            request.terminate();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            articles.get(id, ArticlePart.parse("footnotes"));
            Session session = Panache.getSession();
            assertThat(session.isReadOnly(session.getReference(Footnote.class, footnote))).isFalse();
        });
    }

    /**
     * The statements one read of the whole article takes: the fewest of three reads, as the
     * statistics are the whole application's and a background worker's poll may fall inside one.
     */
    private long statementsToReadWhole(String article) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int read = 0; read < 3; read++) {
            statistics.clear();
            get("/api/v1/articles/" + article + "?include=pages,sections,footnotes,abstracts").statusCode(200);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    private static void addParts(String article, int count) {
        for (int i = 0; i < count; i++) {
            String page = Api.page(article, "page " + i);
            create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "section " + i,
                    "pageId", page));
            create("/api/v1/articles/" + article + "/footnotes",
                    Map.of("language", "en", "text", "note " + i, "pageId", page));
        }
        if (get("/api/v1/articles/" + article + "/abstracts").extract().path("items.size()").equals(0)) {
            create("/api/v1/articles/" + article + "/abstracts", Map.of("language", "en", "text", "abstract"));
        }
    }
}
