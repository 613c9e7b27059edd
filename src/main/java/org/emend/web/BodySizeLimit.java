package org.emend.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses a request body larger than {@code emend.http.max-body-size} before it is read, with
 * a problem body. (Vert.x's own limit, {@code quarkus.http.limits.max-body-size}, is set
 * higher: it only closes the connection, which clients report as a broken pipe.)
 */
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "emend.http.max-body-size", defaultValue = "16M") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= maxBytes) {
            return null;
        }
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has " + length + " bytes; this server takes at most " + maxBytes)
                .withInstance(request.getUriInfo().getRequestUri().getRawPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
