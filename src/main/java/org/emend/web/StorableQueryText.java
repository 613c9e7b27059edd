package org.emend.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Query parameters holding text PostgreSQL cannot store or search are a 400 naming the parameter. */
public class StorableQueryText {

    /** Refuses a query parameter that holds text that cannot be stored or searched. */
    @ServerRequestFilter
    public Response checkQuery(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = StorableText.problem(value);
                if (problem != null) {
                    Problem refused = Problem.of(ProblemType.MALFORMED_REQUEST,
                            "The query parameter " + parameter.getKey() + " " + problem,
                            List.of(new Problem.FieldError(parameter.getKey(), problem)))
                            .withInstance(request.getUriInfo().getRequestUri().getRawPath());
                    return Response.status(refused.status()).entity(refused).type(Problem.MEDIA_TYPE).build();
                }
            }
        }
        return null;
    }

}
