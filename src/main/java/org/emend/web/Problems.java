package org.emend.web;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Builds the {@code application/problem+json} responses the exception mappers send. */
public final class Problems {

    private Problems() {
    }

    public static RestResponse<Problem> response(Problem problem, UriInfo uriInfo) {
        Problem located = uriInfo == null ? problem : problem.withInstance(uriInfo.getRequestUri().getRawPath());
        return RestResponse.ResponseBuilder.<Problem> create(problem.status())
                .entity(located)
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
