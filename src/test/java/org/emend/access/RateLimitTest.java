package org.emend.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.withToken;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.testing.Api;
import org.emend.testing.ShortLimits;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(ShortLimits.class)
class RateLimitTest {

    @ConfigProperty(name = "emend.api.rate-limit.per-minute")
    int perMinute;

    @Test
    void shouldAnswer429WithRetryAfterOnceATokenHasUsedItsAllowance() {
        String secret = Api.json().body(Map.of("name", "eager", "scope", "read")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("secret");
        for (int i = 0; i < perMinute; i++) {
            withToken(secret).get("/api/v1/journals").then().statusCode(200);
        }
        // The allowance refills as the minute goes (one request every 60/perMinute s): the next few may pass
        int more = 0;
        Response refused;
        while ((refused = withToken(secret).get("/api/v1/journals")).statusCode() == 200) {
            assertThat(++more).as("requests past the allowance").isLessThan(perMinute / 10);
        }
        String retryAfter = refused.then().statusCode(429).contentType(PROBLEM_JSON)
                .body("detail", containsString("too many requests")).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        // Another token has its own allowance
        String other = Api.json().body(Map.of("name", "patient", "scope", "read")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("secret");
        withToken(other).get("/api/v1/journals").then().statusCode(200);
    }
}
