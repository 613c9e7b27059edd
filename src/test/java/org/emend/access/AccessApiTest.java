package org.emend.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.anonymous;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.json;
import static org.emend.testing.Api.withToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.emend.testing.TransactionsBegun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AccessApiTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestDatabase database;

    @Inject
    ApiTokens tokens;

    @Inject
    TransactionsBegun transactions;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private static JsonPath token(String name, String scope) {
        return json().body(Map.of("name", name, "scope", scope)).post("/api/v1/tokens").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void shouldShowATokensSecretOnceAndKeepOnlyItsHash() {
        JsonPath created = token("catalogue harvester", "read");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("emend_").hasSizeGreaterThan(40);
        assertThat(created.getString("prefix")).isEqualTo(secret.substring(0, 12));

        get("/api/v1/tokens/" + created.getString("id")).statusCode(200)
                .body("name", equalTo("catalogue harvester")).body("scope", equalTo("read"))
                .body("active", equalTo(true)).body("secret", nullValue());
        get("/api/v1/tokens").statusCode(200).body("items.name", hasItem("catalogue harvester"))
                .body("items.secret", not(hasItem(secret)));
        assertThat(database.queryString("SELECT count(*) FROM api_token WHERE api_token::text LIKE '%"
                + secret.substring(6) + "%'")).isEqualTo("0");
    }

    @Test
    void shouldLetAReadTokenReadButNotWrite() {
        String reader = token("reader", "read").getString("secret");
        String article = Api.newArticle();

        withToken(reader).get("/api/v1/articles/" + article).then().statusCode(200);
        withToken(reader).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .post("/api/v1/journals").then().statusCode(403).contentType(PROBLEM_JSON)
                .body("detail", containsString("only read"));
        withToken(reader).get("/api/v1/tokens").then().statusCode(403);
    }

    @Test
    void shouldAttributeAWriteTokensChanges() {
        JsonPath writer = token("ocr robot", "write");
        String article = Api.newArticle();
        String section = Api.create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "raw text"));

        withToken(writer.getString("secret")).contentType("application/merge-patch+json").body(Map.of("text", "fixed"))
                .patch("/api/v1/sections/" + section).then().statusCode(200);

        get("/api/v1/sections/" + section + "/revisions").body("items[0].author", equalTo("token ocr robot"));
        assertThat(database.queryString("SELECT author_token_id FROM revision")).isEqualTo(writer.getString("id"));
    }

    @Test
    void shouldRefuseWrongRevokedAndExpiredTokensWithAProblem() {
        // Not following a Location, as a client of the API does not
        anonymous().header("Authorization", "Bearer emend_not-a-token").redirects().follow(false).get("/api/v1/journals")
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("unknown, expired or revoked"))
                // An API answer: no redirect to the console's sign-in page, no cookie remembering where to go after it
                .header("Location", nullValue()).header("Set-Cookie", nullValue());
        anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").redirects().follow(false).get("/api/v1/journals")
                .then().statusCode(401).contentType(PROBLEM_JSON).header("Location", nullValue());

        JsonPath revoked = token("old", "write");
        withToken(revoked.getString("secret")).get("/api/v1/journals").then().statusCode(200);
        Api.anonymous().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .delete("/api/v1/tokens/" + revoked.getString("id")).then().statusCode(200)
                .body("active", equalTo(false));
        withToken(revoked.getString("secret")).get("/api/v1/journals").then().statusCode(401);

        JsonPath expiring = json().body(Map.of("name", "temp", "scope", "read",
                "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).post("/api/v1/tokens").then()
                .statusCode(201).extract().jsonPath();
        withToken(expiring.getString("secret")).get("/api/v1/journals").then().statusCode(200);
        database.execute("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = '"
                + expiring.getString("id") + "'");
        withToken(expiring.getString("secret")).get("/api/v1/journals").then().statusCode(401);
    }

    @Test
    void shouldRefuseAnonymousWritesAndPrivateReadsAndChangeNothing() {
        var before = database.snapshot();
        anonymous().contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/v1/journals").then()
                .statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("write scope"));
        anonymous().get("/api/v1/imports").then().statusCode(401);
        anonymous().get("/api/v1/revisions").then().statusCode(401);
        anonymous().get("/api/v1/tokens").then().statusCode(401);
        anonymous().contentType(ContentType.JSON).body(Map.of("name", "mine", "scope", "admin"))
                .post("/api/v1/tokens").then().statusCode(401);
        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldShowAnonymousCallersOnlyPublishedContent() {
        String journal = Api.journal();
        String issue = Api.issue(journal);
        String article = Api.article(issue);
        String section = Api.create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "text"));

        anonymous().get("/api/v1/articles/" + article).then().statusCode(401).contentType(PROBLEM_JSON)
                .body("detail", containsString("not published"));
        anonymous().get("/api/v1/sections/" + section).then().statusCode(401);
        anonymous().get("/api/v1/issues/" + issue).then().statusCode(401);
        anonymous().get("/api/v1/articles").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        anonymous().get("/api/v1/journals/" + journal).then().statusCode(200);

        Api.mergePatch().body(Map.of("publishedOn", "2024-12-01")).patch("/api/v1/issues/" + issue).then().statusCode(200);
        anonymous().get("/api/v1/issues/" + issue).then().statusCode(200);
        anonymous().get("/api/v1/articles/" + article).then().statusCode(401);
        Api.mergePatch().body(Map.of("status", "published")).patch("/api/v1/articles/" + article).then().statusCode(200);

        anonymous().get("/api/v1/articles/" + article + "?include=sections").then().statusCode(200)
                .body("sections[0].id", equalTo(section));
        anonymous().get("/api/v1/articles").then().statusCode(200).body("items.id", hasItem(article));
        anonymous().get("/api/v1/sections?articleId=" + article).then().statusCode(200).body("items.id", hasItem(section));
    }

    @Test
    void shouldLetSignedInEditorsWriteAndOnlyAdminsManageTokens() {
        Sessions.Session editor = Sessions.signIn("ana", database.editor("ana"));
        Sessions.Session admin = Sessions.signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD);

        Sessions.as(editor).body(Map.of("title", "国际问题研究")).post("/api/v1/journals").then().statusCode(201);
        Sessions.as(editor).body(Map.of("name", "mine", "scope", "read")).post("/api/v1/tokens").then().statusCode(403);
        Sessions.as(admin).body(Map.of("name", "harvester", "scope", "read")).post("/api/v1/tokens").then().statusCode(201)
                .body("createdBy", equalTo("admin"));
    }

    @Test
    void shouldRefuseACookieAuthenticatedWriteWithoutItsCsrfTokenWhateverItsContentType() {
        Sessions.Session editor = Sessions.signIn("ana", database.editor("ana"));
        var before = database.snapshot();

        // What a cross-site form can send: the session cookie and a text/plain body, no token
        Sessions.with(editor).contentType("text/plain; charset=UTF-8")
                .body(org.emend.testing.Samples.criticalMinerals()).post("/api/v1/imports?journal=伪造&year=2024&issue=1")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("detail", containsString("X-CSRF-TOKEN"));
        Sessions.with(editor).contentType(ContentType.JSON)
                .body(Map.of("title", "伪造的期刊")).post("/api/v1/journals").then().statusCode(403);
        // A header that does not repeat the cookie is no token either
        Sessions.with(editor).cookie(Sessions.CSRF_COOKIE, "one").header("X-CSRF-TOKEN", "other")
                .contentType(ContentType.JSON).body(Map.of("title", "伪造的期刊")).post("/api/v1/journals").then()
                .statusCode(403);
        assertThat(database.snapshot()).isEqualTo(before);

        // Reads need no token, and a write with the pair goes through
        Sessions.with(editor).get("/api/v1/journals").then().statusCode(200);
        Sessions.as(editor).body(Map.of("title", "国际问题研究")).post("/api/v1/journals").then().statusCode(201);
    }

    @Test
    void shouldKeepARevokedConfiguredAdminTokenRevokedAfterARestart() {
        String id = "00000000-0000-7000-8000-00000000a0a0";
        try {
            json().delete("/api/v1/tokens/" + id).then().statusCode(200).body("revokedAt", not(nullValue()));

            tokens.syncAdminToken(new StartupEvent());

            get("/api/v1/tokens").statusCode(401).contentType(PROBLEM_JSON);
        } finally {
            database.execute("UPDATE api_token SET revoked_at = NULL WHERE id = '" + id + "'");
        }
        get("/api/v1/tokens").statusCode(200);
    }

    /** A leaked EMEND_ADMIN_TOKEN is rotated by setting a new value: after the restart, the old one is refused. */
    @Test
    void shouldTakeARotatedConfiguredAdminTokenAndRefuseTheOldOne() {
        String rotated = "rotated-admin-token-0123456789abcdef";
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> new ApiTokens(Optional.of(rotated), dataSource).syncAdminToken(new StartupEvent()));

            withToken(rotated).get("/api/v1/tokens").then().statusCode(200);
            get("/api/v1/tokens").statusCode(401);
        } finally {
            tokens.syncAdminToken(new StartupEvent());
        }
        get("/api/v1/tokens").statusCode(200);
        withToken(rotated).get("/api/v1/tokens").then().statusCode(401);
    }

    @Test
    void shouldNotLetATokenIntoTheConsole() {
        withToken(Api.ADMIN_TOKEN).redirects().follow(false).get("/console").then().statusCode(403);
    }

    @Test
    void shouldAnswerEveryParallelRequestOfOneTokenWhenItsLastUseIsRecorded() throws Exception {
        String secret = token("busy harvester", "read").getString("secret");
        String id = database.queryString("SELECT id FROM api_token WHERE name = 'busy harvester'");
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 5; round++) {
            // Last used long ago: every request of the burst wants to record this use
            database.execute("UPDATE api_token SET last_used_at = now() - interval '1 hour' WHERE id = '" + id + "'");
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/journals"))
                    .header("Authorization", "Bearer " + secret).build();
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                burst.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> answer : burst) {
                assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
        assertThat(database.queryString(
                "SELECT last_used_at > now() - interval '1 minute' FROM api_token WHERE id = '" + id + "'")).isEqualTo("t");
    }

    @Test
    void shouldCheckATokenWithoutATransactionOfItsOwn() {
        JsonPath created = token("nightly harvester", "read");
        String secret = created.getString("secret");
        String id = created.getString("id");
        database.execute("UPDATE api_token SET last_used_at = now() - interval '1 hour' WHERE id = '" + id + "'");
        int begun = transactions.count();

        assertThat(tokens.authenticate(secret)).hasValueSatisfying(token -> {
            assertThat(token.name()).isEqualTo("nightly harvester");
            assertThat(token.scope()).isEqualTo(TokenScope.READ);
        });
        assertThat(tokens.authenticate("emend_" + "x".repeat(43))).isEmpty();

        assertThat(transactions.count()).as("transactions begun").isEqualTo(begun);
        QuarkusTransaction.requiringNew().run(() -> {
        });
        assertThat(transactions.count()).as("a transaction counted").isEqualTo(begun + 1);
        assertThat(database.queryString(
                "SELECT last_used_at > now() - interval '1 minute' FROM api_token WHERE id = '" + id + "'")).isEqualTo("t");
    }
}
