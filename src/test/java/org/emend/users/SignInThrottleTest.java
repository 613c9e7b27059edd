package org.emend.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Guessing an account's password is slowed: after ten failures even the right one opens nothing for a while. */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    TestDatabase database;

    private static Response signIn(String username, String password) {
        return Api.anonymous().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
    }

    @Test
    void shouldRefuseEvenTheRightPasswordAfterTenFailuresUntilTheWindowHasPassed() throws InterruptedException {
        database.clear();
        String password = database.editor("guessed");
        for (int i = 0; i < 10; i++) {
            signIn("guessed", "wrong guess " + i).then().statusCode(302).header("Location", containsString("failed=true"));
        }

        Response refused = signIn("guessed", password);
        refused.then().statusCode(302).header("Location", endsWith("/console/login?throttled=true"));
        assertThat(refused.getCookie(Sessions.SESSION_COOKIE)).as("no session is handed out").isNullOrEmpty();
        Api.anonymous().get("/console/login?throttled=true").then().body(containsString("Too many failed sign-ins"));

        // The test profile's window is four seconds
        Thread.sleep(4_500);
        Sessions.Session session = Sessions.signIn("guessed", password);
        Sessions.with(session).redirects().follow(false).get("/console").then().statusCode(200);
    }
}
