package org.emend.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-site request forgery abuses a browser's session cookie; an API request that carries
 * none (a script with a token, curl) has nothing to forge. quarkus-rest-csrf checks every form
 * and multipart request, the API's uploads included, so for those requests this filter supplies
 * the double-submit pair the check wants, and keeps its cookie out of the API's answers.
 * A write to the API that authenticates by the console's session cookie must carry the CSRF
 * token in its header, whatever its content type: a cross-site form can send text/plain.
 */
@ApplicationScoped
public class ApiForgeryGuard {

    private static final int TOKEN_BYTES = 16;
    /** Before anything reads the request's cookies: Vert.x parses them once. */
    private static final int BEFORE_AUTHENTICATION = SecurityHandlerPriorities.CORS + 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void register(@Observes Filters filters,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String csrfHeader,
            ObjectMapper mapper) {
        filters.register(routing -> {
            String path = routing.normalizedPath();
            // OAI-PMH allows POST with form arguments; it only reads, and harvesters have no session
            if (path.startsWith("/api/") || path.equals("/oai")) {
                String cookieHeader = routing.request().headers().get(HttpHeaderNames.COOKIE);
                Set<Cookie> cookies = cookieHeader == null ? Set.of() : ServerCookieDecoder.LAX.decode(cookieHeader);
                if (cookies.stream().anyMatch(cookie -> cookie.name().equals(sessionCookie))) {
                    if (path.startsWith("/api/") && !SAFE.contains(routing.request().method())
                            && !carriesToken(routing, cookies, csrfCookie, csrfHeader)) {
                        refuse(routing, mapper);
                        return;
                    }
                } else if (cookies.stream().noneMatch(cookie -> cookie.name().equals(csrfCookie))) {
                    exempt(routing, cookieHeader, csrfCookie, csrfHeader);
                }
            }
            routing.next();
        }, BEFORE_AUTHENTICATION);
    }

    /** The double-submit check: the header repeats the CSRF cookie, which another site can neither read nor set. */
    private static boolean carriesToken(RoutingContext routing, Set<Cookie> cookies, String csrfCookie, String csrfHeader) {
        String header = routing.request().headers().get(csrfHeader);
        return header != null && !header.isEmpty() && cookies.stream()
                .anyMatch(cookie -> cookie.name().equals(csrfCookie) && MessageDigest.isEqual(
                        cookie.value().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8)));
    }

    private static void refuse(RoutingContext routing, ObjectMapper mapper) {
        Problem problem = Problem.of(ProblemType.FORBIDDEN, "A write that signs in with the console's session"
                + " cookie must send its CSRF token in the X-CSRF-TOKEN header (the value of the emend-csrf cookie);"
                + " scripts use an API token instead").withInstance(routing.normalizedPath());
        try {
            routing.response().setStatusCode(problem.status()).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            routing.fail(403);
        }
    }

    private static void exempt(RoutingContext routing, String cookieHeader, String csrfCookie, String csrfHeader) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String pair = csrfCookie + "=" + token;
        routing.request().headers().set(HttpHeaderNames.COOKIE, cookieHeader == null ? pair : cookieHeader + "; " + pair);
        routing.request().headers().set(csrfHeader, token);
        routing.addHeadersEndHandler(ignored -> routing.response().removeCookie(csrfCookie, false));
    }
}
