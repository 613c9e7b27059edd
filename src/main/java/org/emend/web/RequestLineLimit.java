package org.emend.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses an address longer than {@code emend.http.max-uri-length} with a 414 problem, before
 * anything else reads the request. (Vert.x's own limit on the request line,
 * {@code quarkus.http.limits.max-initial-line-length}, is set higher: it answers a bare 414
 * without a body.)
 */
@ApplicationScoped
public class RequestLineLimit {

    /** Before every other filter: nothing else needs to read such a request. */
    private static final int FIRST = Integer.MAX_VALUE;

    private final int maxLength;
    private final ObjectMapper json;

    RequestLineLimit(@ConfigProperty(name = "emend.http.max-uri-length", defaultValue = "8K") MemorySize maxLength,
            ObjectMapper json) {
        this.maxLength = (int) maxLength.asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseLongUri, FIRST);
    }

    private void refuseLongUri(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() <= maxLength) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemType.URI_TOO_LONG,
                "The address has " + uri.length() + " characters; this server takes at most " + maxLength
                        + " (send long values in a POST body)")
                .withInstance(context.request().path());
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
