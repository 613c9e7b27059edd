package org.emend.web;

import jakarta.ws.rs.core.UriInfo;

import org.emend.failure.Failure;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The API's answer to what the domain refused: a problem document, its status chosen here. */
public class FailureMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(Failure failure, UriInfo uriInfo) {
        return Problems.response(problem(failure), uriInfo);
    }

    public static Problem problem(Failure failure) {
        ProblemType type = switch (failure.kind()) {
            case MALFORMED -> ProblemType.MALFORMED_REQUEST;
            case INVALID -> ProblemType.VALIDATION;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case NOT_SIGNED_IN -> ProblemType.UNAUTHORIZED;
            case CONFLICT -> ProblemType.CONFLICT;
            case DUPLICATE_IMPORT -> ProblemType.DUPLICATE_IMPORT;
            case STATUS_WORKFLOW -> ProblemType.STATUS_WORKFLOW;
            case STALE_VERSION -> ProblemType.STALE_VERSION;
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case UNREADABLE_INPUT -> ProblemType.UNREADABLE_INPUT;
            case INVALID_BAG -> ProblemType.INVALID_BAG;
        };
        return new Problem(type.uri(), type.title(), type.status(), failure.detail(), null,
                failure.fieldErrors().stream().map(error -> new Problem.FieldError(error.field(), error.message())).toList(),
                failure.related());
    }
}
