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

    public static final String CHECK_COOKIE = "emend-session-check";

    /** A signed-in session: Quarkus's session cookie, and Emend's check of the account's session generation. */
    public record Session(String cookie, String check) {
    }

    /** Signs in through the login form and returns the session's cookies. */
    public static Session signIn(String username, String password) {
        var answer = Api.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract();
        return new Session(answer.cookie(SESSION_COOKIE), answer.cookie(CHECK_COOKIE));
    }

    /** A request that carries the session's cookies, as a browser sends them. */
    public static RequestSpecification with(Session session) {
        return Api.anonymous().cookie(SESSION_COOKIE, session.cookie()).cookie(CHECK_COOKIE, session.check());
    }

    public static final String CSRF_COOKIE = "emend-csrf";

    /**
     * A JSON request sent with the session of a signed-in account, and the CSRF token a page of the
     * console would send with it (the double-submit pair: cookie and header).
     */
    public static RequestSpecification as(Session session) {
        // quarkus-rest-csrf's own tokens are 16 random bytes in base64url
        String token = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("sixteen bytes ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return with(session).cookie(CSRF_COOKIE, token).header("X-CSRF-TOKEN", token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
