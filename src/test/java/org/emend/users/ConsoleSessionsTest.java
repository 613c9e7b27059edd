package org.emend.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.util.Base64;

import jakarta.inject.Inject;

import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A console session ends at once when its account signs out, has its password reset or is disabled. */
@QuarkusTest
class ConsoleSessionsTest {

    @Inject
    TestDatabase database;

    @Inject
    UserService users;

    private String password;

    @BeforeEach
    void addAnEditor() {
        database.clear();
        password = database.editor("ana");
    }

    private static void assertOpen(Sessions.Session session) {
        Sessions.with(session).redirects().follow(false).get("/console").then().statusCode(200);
    }

    private void assertEnded(Sessions.Session session) {
        Sessions.with(session).redirects().follow(false).get("/console").then().statusCode(302)
                .header("Location", startsWith("/console/login"));
        long journals = Long.parseLong(database.queryString("SELECT count(*) FROM journal"));
        Sessions.as(session).redirects().follow(false).body("{\"title\":\"x\"}").post("/api/v1/journals").then()
                .statusCode(org.hamcrest.Matchers.not(201));
        assertThat(Long.parseLong(database.queryString("SELECT count(*) FROM journal"))).isEqualTo(journals);
    }

    @Test
    void shouldEndEverySessionOfAnAccountThatSignsOut() {
        Sessions.Session laptop = Sessions.signIn("ana", password);
        Sessions.Session copied = new Sessions.Session(laptop.cookie(), laptop.check());
        Sessions.Session phone = Sessions.signIn("ana", password);
        assertOpen(laptop);
        assertOpen(phone);

        String token = Base64.getUrlEncoder().withoutPadding().encodeToString("sixteen bytes ok".getBytes());
        Sessions.with(laptop).redirects().follow(false).cookie(Sessions.CSRF_COOKIE, token).contentType(ContentType.URLENC)
                .formParam("csrf-token", token).post("/console/logout").then().statusCode(303);

        assertEnded(copied);
        assertEnded(phone);
        assertOpen(Sessions.signIn("ana", password));
    }

    @Test
    void shouldEndSessionsWhenThePasswordIsResetOrTheAccountDisabled() {
        Sessions.Session before = Sessions.signIn("ana", password);
        String fresh = users.resetPassword("ana", null);
        assertEnded(before);

        Sessions.Session after = Sessions.signIn("ana", fresh);
        assertOpen(after);
        database.execute("UPDATE app_user SET disabled_at = now() WHERE username = 'ana'");
        assertEnded(after);
        // Without the check cookie a session cookie alone opens nothing
        Sessions.Session enabled = Sessions.signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD);
        Sessions.with(new Sessions.Session(enabled.cookie(), "forged")).redirects().follow(false).get("/console").then()
                .statusCode(302);
        assertThat(enabled.check()).isNotBlank();
    }

    @Test
    void shouldRefuseASignInPostedFromAnotherSite() {
        for (var header : java.util.Map.of("Origin", "https://attacker.example", "Sec-Fetch-Site", "cross-site",
                "Referer", "https://attacker.example/page").entrySet()) {
            var answer = org.emend.testing.Api.anonymous().header(header.getKey(), header.getValue()).redirects().follow(false)
                    .contentType(ContentType.URLENC).formParam("j_username", "ana").formParam("j_password", password)
                    .post("/j_security_check");
            answer.then().statusCode(403);
            assertThat(answer.getCookie(Sessions.SESSION_COOKIE)).as(header.getKey()).isNull();
        }
        // From the sign-in page itself, as a browser sends it
        var answer = org.emend.testing.Api.anonymous().header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:8081").redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "ana").formParam("j_password", password).post("/j_security_check");
        answer.then().statusCode(302);
        assertThat(answer.getCookie(Sessions.SESSION_COOKIE)).isNotNull();
    }
}
