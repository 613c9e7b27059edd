package org.emend.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code Host} header is the client's to choose, so no answer repeats it: a {@code Location}
 * built from it (JAX-RS's created-at links, the sign-in redirects) is cut to its path, which
 * browsers and HTTP clients resolve against the address they asked.
 */
@ApplicationScoped
public class RelativeLocations {

    /** Before every other filter, so that its headers-end handler sees the final Location. */
    private static final int FIRST = Integer.MAX_VALUE - 10;

    void register(@Observes Filters filters) {
        filters.register(routing -> {
            routing.addHeadersEndHandler(ignored -> relativize(routing));
            routing.next();
        }, FIRST);
    }

    private static void relativize(RoutingContext routing) {
        String location = routing.response().headers().get(HttpHeaderNames.LOCATION);
        if (location == null || location.startsWith("/")) {
            return;
        }
        try {
            URI uri = new URI(location);
            String host = routing.request().headers().get(HttpHeaderNames.HOST);
            if (uri.isAbsolute() && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host)) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                routing.response().headers().set(HttpHeaderNames.LOCATION, path + query);
            }
        } catch (URISyntaxException notAUri) {
            // Left as it is: not one of ours
        }
    }
}
