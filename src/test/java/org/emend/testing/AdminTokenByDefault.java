package org.emend.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * API tests call as the admin token of the test profile unless they say otherwise
 * ({@link Api#anonymous()}, {@link Api#withToken}, {@link Sessions#as}): most tests are about
 * records, not access.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    static final String ANONYMOUS_MARKER = "X-Test-Anonymous";

    private static final Filter ADMIN_TOKEN = (request, response, context) -> {
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS_MARKER)) {
            request.removeHeader(ANONYMOUS_MARKER);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + Api.ADMIN_TOKEN);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(ADMIN_TOKEN);
    }
}
