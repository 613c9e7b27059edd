package org.emend.web;

import static org.emend.testing.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What every answer tells browsers: no framing, no sniffing, no referrer across sites, no inline script. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSendTheHardeningHeadersOnPagesApiAnswersAndErrors() {
        for (String path : List.of("/console/login", "/api/v1/journals", "/api/v1/articles/not-an-id", "/oai?verb=Identify",
                "/console/assets/console.css")) {
            anonymous().redirects().follow(false).get(path).then()
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("same-origin"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-eval")));
        }
        anonymous().get("/q/openapi").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
