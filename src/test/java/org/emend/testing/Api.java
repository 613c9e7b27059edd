package org.emend.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Shorthands for the API calls tests make over and over. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** The admin token of the test profile (emend.admin.token), sent by default. */
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

    private Api() {
    }

    /** A request without the default admin token: an anonymous caller, or one with its own credentials. */
    public static RequestSpecification anonymous() {
        return given().header(AdminTokenByDefault.ANONYMOUS_MARKER, "true");
    }

    /** A request with the given bearer token instead of the default one. */
    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification mergePatch() {
        return given().contentType("application/merge-patch+json; charset=UTF-8").accept(ContentType.JSON);
    }

    /** POSTs {@code body} to {@code path}, expects 201, and returns the new record's id. */
    public static String create(String path, Object body) {
        return json().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse get(String path) {
        return given().accept(ContentType.JSON).get(path).then();
    }

    public static String journal() {
        return create("/api/v1/journals", Map.of("title", "国际问题研究", "englishTitle", "International Studies"));
    }

    public static String issue(String journalId) {
        return issue(journalId, 2024, "6");
    }

    public static String issue(String journalId, int year, String number) {
        return create("/api/v1/journals/" + journalId + "/issues", Map.of("year", year, "number", number));
    }

    public static String article(String issueId) {
        return article(issueId, "美国关键矿产安全联盟", "zh");
    }

    public static String article(String issueId, String title, String language) {
        return create("/api/v1/issues/" + issueId + "/articles", Map.of("title", title, "language", language));
    }

    /** A journal, an issue and an article in it; returns the article's id. */
    public static String newArticle() {
        return article(issue(journal()));
    }

    public static String page(String articleId, String ocrOriginal) {
        return create("/api/v1/articles/" + articleId + "/pages", Map.of("ocrOriginal", ocrOriginal));
    }
}
