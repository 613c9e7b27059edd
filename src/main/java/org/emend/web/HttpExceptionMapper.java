package org.emend.web;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** The framework's own HTTP errors (no such route, wrong method, wrong media type) as problems. */
public class HttpExceptionMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(WebApplicationException exception, UriInfo uriInfo) {
        Response original = exception.getResponse();
        Problem problem = exception.getCause() instanceof JsonProcessingException json
                ? JsonInputExceptionMapper.toProblem(json)
                : toProblem(exception, original.getStatus(), uriInfo);
        RestResponse<Problem> response = Problems.response(problem, uriInfo);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.getHeaders().putSingle(HttpHeaders.ALLOW, allow);
        }
        return response;
    }

    private static Problem toProblem(WebApplicationException exception, int status, UriInfo uriInfo) {
        if (exception instanceof NotFoundException) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; for a
            // query parameter the client needs to hear that its request is malformed.
            if (exception.getCause() instanceof IllegalArgumentException && !uriInfo.getQueryParameters().isEmpty()) {
                return Problem.of(ProblemType.MALFORMED_REQUEST,
                        "A query parameter has a value of the wrong form (a number, a UUID or one of its listed values)");
            }
            return Problem.of(ProblemType.NOT_FOUND, "Nothing is at this address");
        }
        if (exception instanceof NotAllowedException) {
            return Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This address does not take this method");
        }
        if (exception instanceof NotSupportedException) {
            return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "This address does not take a body of this media type (the OpenAPI document at /q/openapi names the ones it takes)");
        }
        if (exception instanceof NotAcceptableException) {
            return Problem.of(ProblemType.NOT_ACCEPTABLE, "This address cannot answer in the media type asked for");
        }
        if (status == 413) {
            return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large");
        }
        if (status >= 500) {
            return Problem.of(ProblemType.INTERNAL, "The server could not complete the request");
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String reason = statusType == null ? "Bad request" : statusType.getReasonPhrase();
        return new Problem("about:blank", reason, status, null, null, java.util.List.of(), java.util.Map.of());
    }
}
