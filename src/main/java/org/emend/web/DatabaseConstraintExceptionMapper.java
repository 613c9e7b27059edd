package org.emend.web;

import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database refused a write. Services check the rules first and say more; this is the
 * safety net for races between those checks and the commit.
 */
public class DatabaseConstraintExceptionMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(ConstraintViolationException exception, UriInfo uriInfo) {
        String constraint = exception.getConstraintName() == null ? "a constraint" : exception.getConstraintName();
        Problem problem = switch (exception.getKind()) {
            case UNIQUE -> Problem.of(ProblemType.CONFLICT,
                    "Another record already holds this value (" + constraint + ")");
            case FOREIGN_KEY -> Problem.of(ProblemType.CONFLICT,
                    "The record is referenced by, or refers to, a record that does not allow this (" + constraint + ")");
            default -> Problem.of(ProblemType.VALIDATION, "The database refused a value (" + constraint + ")");
        };
        return Problems.response(problem, uriInfo);
    }
}
