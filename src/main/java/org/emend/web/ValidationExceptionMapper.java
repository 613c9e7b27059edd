package org.emend.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.UriInfo;

import org.emend.web.Problem.FieldError;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bean Validation failures: 422 with every failing field for a request body, 400 for a bad
 * query or path parameter.
 */
public class ValidationExceptionMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(ConstraintViolationException exception, UriInfo uriInfo) {
        List<FieldError> errors = new ArrayList<>();
        boolean parameterOnly = true;
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            FieldPath path = fieldPath(violation.getPropertyPath());
            parameterOnly &= path.parameter() || violation.getLeafBean() instanceof QueryParameters;
            errors.add(new FieldError(path.name(), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        Problem problem = parameterOnly
                ? Problem.of(ProblemType.MALFORMED_REQUEST, "The request has invalid parameters", errors)
                : Problem.of(ProblemType.VALIDATION, "The request has invalid fields", errors);
        return Problems.response(problem, uriInfo);
    }

    private record FieldPath(String name, boolean parameter) {
    }

    /**
     * A violation on a resource method reads {@code method.parameter.field[0].field}: the method
     * and the body parameter are not part of what the client sent, a query parameter is.
     */
    private static FieldPath fieldPath(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        boolean insideParameter = false;
        Iterator<Path.Node> nodes = path.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                insideParameter = true;
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        if (name.isEmpty() && parameter != null) {
            return new FieldPath(parameter, insideParameter);
        }
        return new FieldPath(name.toString(), false);
    }
}
