package org.emend.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.emend.web.Problem.FieldError;

/** A failure the client can act on, reported as an RFC 9457 problem. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(of(type, detail));
    }

    public static ProblemException notFound(String kind, UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + kind + " with id " + id);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(of(ProblemType.VALIDATION, "The request has invalid fields", errors));
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public Problem problem() {
        return problem;
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors, Map.of());
    }

    /** A problem that points at related resources ({@code links}: relation → URI). */
    public static ProblemException withLinks(ProblemType type, String detail, Map<String, String> links) {
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, null, List.of(), links));
    }

    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }
}
