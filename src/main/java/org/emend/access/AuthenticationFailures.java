package org.emend.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.emend.web.Problem;
import org.emend.web.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A wrong, expired or revoked token is refused before any endpoint runs; this answers that
 * refusal as the API answers everything else, with a problem document.
 */
@ApplicationScoped
public class AuthenticationFailures {

    /** Where the sign-in form keeps the page to go back to after signing in. */
    private static final String REDIRECT_COOKIE = "quarkus-redirect-location";

    private final ObjectMapper mapper;

    AuthenticationFailures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException failure)
                || context.request().getHeader(HttpHeaderNames.AUTHORIZATION) == null || context.response().ended()) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemType.UNAUTHORIZED,
                failure.getMessage() == null ? "The API token is unknown, expired or revoked" : failure.getMessage())
                .withInstance(context.normalizedPath());
        // The sign-in form tried its challenge too: an API client is sent to no console page
        context.response().headers().remove(HttpHeaderNames.LOCATION);
        context.response().removeCookie(REDIRECT_COOKIE, false);
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"emend\", error=\"invalid_token\"")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }
}
