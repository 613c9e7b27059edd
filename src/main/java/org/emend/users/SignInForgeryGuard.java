package org.emend.users;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Login forgery: another site's page must not be able to sign a visitor in (to the attacker's
 * account, whose console the victim would then fill). The sign-in form is posted to Quarkus's
 * form authentication, which reads the body itself, so instead of a token in the form the browser's
 * own word is checked, as OWASP advises for login: {@code Sec-Fetch-Site} when sent, else
 * {@code Origin} (or {@code Referer}) must name this same origin. Clients that send neither (not
 * browsers) are let through.
 */
@ApplicationScoped
public class SignInForgeryGuard {

    private static final String SIGN_IN = "/j_security_check";
    /** Before the form authentication answers the post. */
    private static final int BEFORE_AUTHENTICATION = SecurityHandlerPriorities.CORS + 60;

    void register(@Observes Filters filters) {
        filters.register(routing -> {
            if (routing.request().method() == HttpMethod.POST && SIGN_IN.equals(routing.normalizedPath())
                    && !sameOrigin(routing.request())) {
                refuse(routing);
                return;
            }
            routing.next();
        }, BEFORE_AUTHENTICATION);
    }

    private static boolean sameOrigin(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader(HttpHeaderNames.ORIGIN);
        if (origin == null) {
            origin = request.getHeader(HttpHeaderNames.REFERER);
        }
        if (origin == null) {
            return true;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(request.getHeader(HttpHeaderNames.HOST));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static void refuse(RoutingContext routing) {
        routing.response().setStatusCode(403).putHeader(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .end("Sign in from Emend's own sign-in page: this form was sent from another site.");
    }
}
