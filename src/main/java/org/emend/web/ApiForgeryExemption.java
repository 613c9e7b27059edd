package org.emend.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-site request forgery abuses a browser's session cookie; an API request that carries
 * none (a script with a token, curl) has nothing to forge. quarkus-rest-csrf checks every form
 * and multipart request, the API's uploads included, so for those requests this filter supplies
 * the double-submit pair the check wants, and keeps its cookie out of the API's answers.
 * Requests with the console's session cookie are checked as usual.
 */
@ApplicationScoped
public class ApiForgeryExemption {

    private static final int TOKEN_BYTES = 16;
    /** Before anything reads the request's cookies: Vert.x parses them once. */
    private static final int BEFORE_AUTHENTICATION = SecurityHandlerPriorities.CORS + 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Filters filters,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String csrfHeader) {
        filters.register(routing -> {
            // OAI-PMH allows POST with form arguments; it only reads, and harvesters have no session
            if (routing.normalizedPath().startsWith("/api/") || routing.normalizedPath().equals("/oai")) {
                exempt(routing, sessionCookie, csrfCookie, csrfHeader);
            }
            routing.next();
        }, BEFORE_AUTHENTICATION);
    }

    private static void exempt(RoutingContext routing, String sessionCookie, String csrfCookie, String csrfHeader) {
        String cookieHeader = routing.request().headers().get(HttpHeaderNames.COOKIE);
        Set<Cookie> cookies = cookieHeader == null ? Set.of() : ServerCookieDecoder.LAX.decode(cookieHeader);
        if (cookies.stream().anyMatch(cookie -> cookie.name().equals(sessionCookie) || cookie.name().equals(csrfCookie))) {
            return;
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String pair = csrfCookie + "=" + token;
        routing.request().headers().set(HttpHeaderNames.COOKIE, cookieHeader == null ? pair : cookieHeader + "; " + pair);
        routing.request().headers().set(csrfHeader, token);
        routing.addHeadersEndHandler(ignored -> routing.response().removeCookie(csrfCookie, false));
    }
}
