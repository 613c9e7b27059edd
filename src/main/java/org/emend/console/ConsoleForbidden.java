package org.emend.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * An editor who opens an admin's page (accounts, API tokens) is refused by the HTTP security
 * policy before any page runs; this answers that refusal as a console page rather than a bare 403.
 */
@ApplicationScoped
public class ConsoleForbidden {

    private final Template forbidden;

    ConsoleForbidden(@Location("ConsoleErrors/forbidden.html") Template forbidden) {
        this.forbidden = forbidden;
    }

    void register(@Observes Router router) {
        router.route("/console/*").failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof ForbiddenException) || context.response().ended()) {
            context.next();
            return;
        }
        context.response().setStatusCode(403)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8")
                .end(forbidden.data("path", context.normalizedPath()).render());
    }
}
