package org.emend.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.emend.testing.Api;
import org.emend.testing.Sessions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;

/**
 * What a client or a proxy in front says about the request: the Host header never makes it into
 * links or redirects; a trusted proxy's X-Forwarded-Proto makes the cookies Secure.
 */
@QuarkusTest
class HostAndProxyTest {

    private static final String FORGED_HOST = "attacker.example";

    @Test
    void shouldNeverRepeatTheHostHeaderInLinksOrRedirects() {
        Api.json().header("Host", FORGED_HOST).body(Map.of("title", "Host test")).post("/api/v1/journals").then()
                .statusCode(201).header("Location", startsWith("/api/v1/journals/"));
        signIn(Sessions.ADMIN, "wrong password", Map.of("Host", FORGED_HOST)).then().statusCode(302)
                .header("Location", startsWith("/console/login"));
        Api.anonymous().header("Host", FORGED_HOST).redirects().follow(false).get("/console").then().statusCode(302)
                .header("Location", not(org.hamcrest.Matchers.containsString(FORGED_HOST)));

        String identify = given().header("Host", FORGED_HOST).get("/oai?verb=Identify").then().statusCode(200).extract()
                .asString();
        assertThat(new XmlPath(identify).getString("OAI-PMH.Identify.baseURL")).isEqualTo("http://localhost:8081/oai");
        assertThat(identify).doesNotContain(FORGED_HOST);
    }

    @Test
    void shouldMarkCookiesSecureBehindATlsProxyAndKeepTheCsrfCookieSameSite() {
        Response overTls = signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD, Map.of("X-Forwarded-Proto", "https"));
        overTls.then().statusCode(302);
        for (String name : List.of(Sessions.SESSION_COOKIE, Sessions.CHECK_COOKIE)) {
            Cookie cookie = overTls.detailedCookie(name);
            assertThat(cookie).as(name).isNotNull();
            assertThat(cookie.isSecured()).as(name + " over TLS").isTrue();
        }
        Response plain = signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD, Map.of());
        assertThat(plain.detailedCookie(Sessions.SESSION_COOKIE).isSecured()).isFalse();

        Cookie csrf = given().get("/console/login").then().statusCode(200).extract().detailedCookie(Sessions.CSRF_COOKIE);
        assertThat(csrf).isNotNull();
        assertThat(csrf.getSameSite()).isEqualToIgnoringCase("Strict");
    }

    private static Response signIn(String username, String password, Map<String, String> headers) {
        return Api.anonymous().headers(headers).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }
}
