package org.emend.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.users.SessionGenerations;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * An editor who opens an admin's page (accounts, API tokens) is refused by the HTTP security
 * policy before any page runs; this answers that refusal as a console page rather than a bare 403,
 * and sends a session that no longer authenticates (a disabled account) back to sign-in.
 */
@ApplicationScoped
public class ConsoleForbidden {

    private final Template forbidden;
    private final String sessionCookie;

    ConsoleForbidden(@Location("ConsoleErrors/forbidden.html") Template forbidden,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.forbidden = forbidden;
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Router router) {
        router.route("/console/*").failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.failure() instanceof AuthenticationFailedException && !context.response().ended()) {
            // A session whose account was disabled or deleted meanwhile: its cookie goes, back to sign-in
            for (String cookie : new String[] { sessionCookie, SessionGenerations.COOKIE }) {
                context.response().addCookie(Cookie.cookie(cookie, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT));
            }
            context.response().setStatusCode(302).putHeader(HttpHeaderNames.LOCATION, "/console/login").end();
            return;
        }
        if (!(context.failure() instanceof ForbiddenException) || context.response().ended()) {
            context.next();
            return;
        }
        context.response().setStatusCode(403)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8")
                .end(forbidden.data("path", context.normalizedPath()).render());
    }
}
