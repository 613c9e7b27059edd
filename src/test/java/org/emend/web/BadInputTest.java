package org.emend.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.create;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every kind of bad input gets a 4xx {@code application/problem+json} answer that says what
 * is wrong, and leaves the database exactly as it was.
 */
@QuarkusTest
class BadInputTest {

    private static final String UNKNOWN = UUID.randomUUID().toString();

    @Inject
    TestDatabase database;

    private Fixture fixture;

    /** One of each record, for the requests to aim at. */
    record Fixture(String journal, String issue, String article, String page, String section, String footnote,
            String summary, String otherIssue) {
    }

    record Case(String name, Function<Fixture, Response> request, int status, String type, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void createOneOfEach() {
        database.clear();
        String journal = Api.journal();
        String issue = Api.issue(journal);
        String article = Api.article(issue);
        String page = Api.page(article, "(D garbled");
        fixture = new Fixture(journal, issue, article, page,
                create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "body")),
                create("/api/v1/articles/" + article + "/footnotes", Map.of("language", "en", "text", "note")),
                create("/api/v1/articles/" + article + "/abstracts", Map.of("language", "en", "text", "abstract")),
                Api.issue(journal, 2023, "1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldAnswerWithProblemAndChangeNothing(Case bad) {
        Map<String, String> before = database.snapshot();

        Response response = bad.request().apply(fixture);

        response.then().statusCode(bad.status())
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(bad.status()))
                .body("type", equalTo("urn:emend:problem:" + bad.type()))
                .body("title", not(equalTo(null)))
                .body("instance", not(equalTo(null)))
                .body(not(containsString("Exception")));
        if (bad.field() != null) {
            response.then().body("errors.field", hasItem(bad.field()));
        }
        assertThat(database.snapshot()).isEqualTo(before);
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("malformed JSON", f -> post("/api/v1/journals", "{\"title\":"), 400, "malformed-request", null),
                new Case("trailing garbage", f -> post("/api/v1/journals", "{\"title\":\"a\"} x"), 400, "malformed-request",
                        null),
                new Case("duplicate key", f -> post("/api/v1/journals", "{\"title\":\"a\",\"title\":\"b\"}"), 400,
                        "malformed-request", null),
                new Case("number for a string", f -> post("/api/v1/journals", "{\"title\":5}"), 400, "malformed-request",
                        "title"),
                new Case("string for a number", f -> post("/api/v1/journals/" + f.journal() + "/issues", "{\"year\":\"2025\"}"),
                        400, "malformed-request", "year"),
                new Case("object for a list", f -> post("/api/v1/issues/" + f.issue() + "/articles",
                        "{\"title\":\"t\",\"language\":\"zh\",\"authors\":{\"name\":\"x\"}}"), 400, "malformed-request",
                        "authors"),
                new Case("unknown field", f -> post("/api/v1/journals", "{\"title\":\"t\",\"founded\":1932}"), 400,
                        "malformed-request", "founded"),
                new Case("unknown enum value", f -> patch("/api/v1/sections/" + f.section(), "{\"status\":\"done\"}"), 400,
                        "malformed-request", "status"),
                new Case("array body", f -> post("/api/v1/journals", "[1,2]"), 400, "malformed-request", null),
                new Case("empty body", f -> post("/api/v1/journals", ""), 400, "malformed-request", null),
                new Case("text body", f -> given().contentType(ContentType.TEXT).body("title").post("/api/v1/journals"), 415,
                        "unsupported-media-type", null),
                new Case("invalid UTF-8", f -> given().contentType(ContentType.JSON)
                        .body(new byte[] { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"',
                                '}' })
                        .post("/api/v1/journals"), 400, "malformed-request", null),
                new Case("binary body", f -> given().contentType(ContentType.JSON).body(randomBytes()).post("/api/v1/journals"),
                        400, "malformed-request", null),
                new Case("NUL character in a string", f -> patch("/api/v1/sections/" + f.section(), "{\"text\":\"a\\u0000b\"}"),
                        400, "malformed-request", "text"),
                new Case("unpaired surrogate in a string", f -> post("/api/v1/journals", "{\"title\":\"a\\ud800b\"}"), 400,
                        "malformed-request", "title"),
                new Case("unpaired low surrogate in a nested string", f -> post("/api/v1/issues/" + f.issue() + "/articles",
                        "{\"title\":\"t\",\"language\":\"zh\",\"authors\":[{\"name\":\"\\udc00\"}]}"), 400,
                        "malformed-request", "authors[0].name"),
                new Case("NUL character in a query parameter",
                        f -> given().urlEncodingEnabled(false).get("/api/v1/search?q=a%00b"), 400,
                        "malformed-request", "q"),
                new Case("too long", f -> post("/api/v1/journals", "{\"title\":\"" + "题".repeat(501) + "\"}"), 422,
                        "validation", "title"),
                new Case("blank required field", f -> post("/api/v1/journals", "{\"title\":\" \"}"), 422, "validation",
                        "title"),
                new Case("missing required field", f -> post("/api/v1/articles/" + f.article() + "/footnotes",
                        "{\"text\":\"note\"}"), 422, "validation", "language"),
                new Case("level out of range", f -> post("/api/v1/articles/" + f.article() + "/sections",
                        "{\"level\":4,\"text\":\"x\"}"), 422, "validation", "level"),
                new Case("invalid nested field", f -> post("/api/v1/issues/" + f.issue() + "/articles",
                        "{\"title\":\"t\",\"language\":\"zh\",\"authors\":[{\"name\":\"\"}]}"), 422, "validation",
                        "authors[0].name"),
                new Case("malformed ISSN", f -> patch("/api/v1/journals/" + f.journal(), "{\"issn\":\"12345678\"}"), 422,
                        "validation", "issn"),
                new Case("patch that blanks a required field", f -> patch("/api/v1/articles/" + f.article(),
                        "{\"title\":null}"), 422, "validation", "title"),
                new Case("unknown id read", f -> given().get("/api/v1/articles/" + UNKNOWN), 404, "not-found", null),
                new Case("unknown id replace", f -> put("/api/v1/sections/" + UNKNOWN, "{\"level\":1,\"text\":\"x\"}"), 404,
                        "not-found", null),
                new Case("unknown id patch", f -> patch("/api/v1/footnotes/" + UNKNOWN, "{\"text\":\"x\"}"), 404,
                        "not-found", null),
                new Case("unknown id delete", f -> given().delete("/api/v1/pages/" + UNKNOWN), 404, "not-found", null),
                new Case("unknown parent", f -> post("/api/v1/issues/" + UNKNOWN + "/articles",
                        "{\"title\":\"t\",\"language\":\"zh\"}"), 404, "not-found", null),
                new Case("malformed id", f -> given().get("/api/v1/journals/not-an-id"), 404, "not-found", null),
                new Case("patch changes id", f -> patch("/api/v1/sections/" + f.section(), "{\"id\":\"" + UNKNOWN + "\"}"), 422,
                        "validation", "id"),
                new Case("patch changes OCR original", f -> patch("/api/v1/footnotes/" + f.footnote(),
                        "{\"ocrOriginal\":\"rewritten\"}"), 422, "validation", "ocrOriginal"),
                new Case("patch removes OCR original", f -> patch("/api/v1/abstracts/" + f.summary(),
                        "{\"ocrOriginal\":null}"), 422, "validation", "ocrOriginal"),
                new Case("put changes OCR original", f -> put("/api/v1/abstracts/" + f.summary(),
                        "{\"language\":\"en\",\"text\":\"a\",\"ocrOriginal\":\"b\"}"), 422, "validation", "ocrOriginal"),
                new Case("patch moves to another parent", f -> patch("/api/v1/articles/" + f.article(),
                        "{\"issueId\":\"" + f.otherIssue() + "\"}"), 422, "validation", "issueId"),
                new Case("patch changes creation time", f -> patch("/api/v1/journals/" + f.journal(),
                        "{\"createdAt\":\"2000-01-01T00:00:00Z\"}"), 422, "validation", "createdAt"),
                new Case("patch that is not an object", f -> patch("/api/v1/sections/" + f.section(), "\"text\""), 400,
                        "malformed-request", null),
                new Case("version that is not a number", f -> patch("/api/v1/sections/" + f.section(),
                        "{\"version\":\"new\",\"text\":\"x\"}"), 400, "malformed-request", null),
                new Case("stale version in body", f -> put("/api/v1/journals/" + f.journal(),
                        "{\"title\":\"t\",\"version\":7}"), 412, "stale-version", null),
                new Case("stale If-Match", f -> given().contentType("application/merge-patch+json").header("If-Match", "\"7\"")
                        .body("{\"text\":\"x\"}").patch("/api/v1/footnotes/" + f.footnote()), 412, "stale-version", null),
                new Case("stale If-Match on delete", f -> given().header("If-Match", "\"3\"")
                        .delete("/api/v1/articles/" + f.article()), 412, "stale-version", null),
                new Case("page of another article", f -> post("/api/v1/articles/" + f.article() + "/footnotes",
                        "{\"language\":\"en\",\"text\":\"x\",\"pageId\":\"" + UNKNOWN + "\"}"), 422, "validation", "pageId"),
                new Case("taken ordinal", f -> post("/api/v1/articles/" + f.article() + "/footnotes",
                        "{\"language\":\"en\",\"text\":\"x\",\"ordinal\":1}"), 409, "conflict", null),
                new Case("delete with children", f -> given().delete("/api/v1/issues/" + f.issue()), 409, "conflict", null),
                new Case("limit too large", f -> given().get("/api/v1/journals?limit=501"), 400, "malformed-request", "limit"),
                new Case("limit not a number", f -> given().get("/api/v1/journals?limit=ten"), 400, "malformed-request", null),
                new Case("forged cursor", f -> given().get("/api/v1/footnotes?after=bm9wZQ"), 400, "malformed-request", null),
                new Case("unknown filter value", f -> given().get("/api/v1/sections?status=done"), 400, "malformed-request",
                        null),
                new Case("unknown include", f -> given().get("/api/v1/articles/" + f.article() + "?include=everything"), 400,
                        "malformed-request", null),
                new Case("wrong method", f -> given().put("/api/v1/journals"), 405, "method-not-allowed", null),
                new Case("no such address", f -> given().get("/api/v1/volumes"), 404, "not-found", null),
                new Case("oversized body",
                        f -> post("/api/v1/journals", "{\"title\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}"),
                        413, "payload-too-large", null),
                new Case("multipart body with 1,001 parts",
                        f -> manyParts(1001).post("/api/v1/imports?journal=J&year=2024&issue=1"),
                        413, "payload-too-large", null),
                new Case("multipart body cut short",
                        f -> given().contentType("multipart/form-data; boundary=XyZ")
                                .body(("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                                        + "Content-Type: text/plain\r\n\r\nhalf a page")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .post("/api/v1/imports?journal=J&year=2024&issue=1"),
                        400, "malformed-request", null),
                new Case("address too long",
                        f -> json().queryParam("title", "x".repeat(9000)).body("{\"title\":\"long\"}").post("/api/v1/journals"),
                        414, "uri-too-long", null));
    }

    private static RequestSpecification manyParts(int parts) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            body.append("--XyZ\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nx\r\n");
        }
        body.append("--XyZ--\r\n");
        return given().contentType("multipart/form-data; boundary=XyZ")
                .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Response post(String path, String body) {
        return json().body(body).post(path);
    }

    private static Response put(String path, String body) {
        return json().body(body).put(path);
    }

    private static Response patch(String path, String body) {
        return given().contentType("application/merge-patch+json; charset=UTF-8").body(body).patch(path);
    }

    private static RequestSpecification json() {
        return given().contentType("application/json; charset=UTF-8");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

}
