package org.emend.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.emend.testing.Api;
import org.emend.testing.Sessions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A refused sign-in takes as long whether the username exists or not, so the time it takes does
 * not reveal which accounts exist. (Compares medians of the same run: no absolute time.)
 */
@QuarkusTest
class SignInTimingTest {

    private static final int TRIES = 7;

    @Test
    void shouldTakeAsLongForAnUnknownUsernameAsForAWrongPassword() {
        signIn(Sessions.ADMIN, "warming up");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            known.add(signIn(Sessions.ADMIN, "wrong password " + i));
            unknown.add(signIn("nobody-" + i, "wrong password " + i));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertThat(unknownMedian).as("median ns for unknown usernames vs wrong passwords (%d)", knownMedian)
                .isGreaterThan(knownMedian * 3 / 4);
    }

    private static long signIn(String username, String password) {
        long start = System.nanoTime();
        Api.anonymous().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
