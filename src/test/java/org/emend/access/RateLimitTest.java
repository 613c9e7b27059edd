package org.emend.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.withToken;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.emend.testing.Api;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.ThreeAMinute.class)
class RateLimitTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("emend.api.rate-limit.per-minute", "3");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceATokenHasUsedItsAllowance() {
        String secret = Api.json().body(Map.of("name", "eager", "scope", "read")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("secret");
        for (int i = 0; i < 3; i++) {
            withToken(secret).get("/api/v1/journals").then().statusCode(200);
        }
        String retryAfter = withToken(secret).get("/api/v1/journals").then().statusCode(429).contentType(PROBLEM_JSON)
                .body("detail", containsString("too many requests")).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        // Another token has its own allowance
        String other = Api.json().body(Map.of("name", "patient", "scope", "read")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("secret");
        withToken(other).get("/api/v1/journals").then().statusCode(200);
    }
}
