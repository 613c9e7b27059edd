package org.emend.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Signing in as the console does, for API calls made as an editor. */
public final class Sessions {

    public static final String ADMIN = "admin";
    /** The first admin's password in the test profile (emend.admin.password). */
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String SESSION_COOKIE = "emend-session";

    private Sessions() {
    }

    /** Signs in through the login form and returns the session cookie's value. */
    public static String signIn(String username, String password) {
        return Api.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302)
                .extract().cookie(SESSION_COOKIE);
    }

    public static final String CSRF_COOKIE = "emend-csrf";

    /**
     * A JSON request sent with the session of a signed-in account, and the CSRF token a page of the
     * console would send with it (the double-submit pair: cookie and header).
     */
    public static RequestSpecification as(String session) {
        // quarkus-rest-csrf's own tokens are 16 random bytes in base64url
        String token = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("sixteen bytes ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return Api.anonymous().cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, token).header("X-CSRF-TOKEN", token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
