package org.emend.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.UriInfo;

import org.emend.web.Problem.FieldError;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Malformed JSON and JSON that does not fit the expected shape (wrong types, unknown fields):
 * a 400 naming the field, never the Java types behind it.
 */
public class JsonInputExceptionMapper {

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, StreamReadException.class })
    public RestResponse<Problem> map(JsonProcessingException exception, UriInfo uriInfo) {
        return Problems.response(toProblem(exception), uriInfo);
    }

    public static Problem toProblem(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldError error = new FieldError(path(mapping), message(mapping));
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The JSON body does not match the expected fields",
                    List.of(error));
        }
        if (exception instanceof MismatchedInputException) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body must be a JSON object");
        }
        String where = exception.getLocation() == null ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
        return Problem.of(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON" + where + ": " + exception.getOriginalMessage());
    }

    private static String message(JsonMappingException exception) {
        if (exception instanceof StorableText.UnstorableTextException) {
            return exception.getOriginalMessage();
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ", "; known fields: ", ""));
            return "unknown field" + known;
        }
        if (exception instanceof InvalidFormatException invalid) {
            return "cannot use " + invalid.getValue() + " here: expected " + describe(invalid.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + describe(mismatched.getTargetType());
        }
        return "invalid value";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants()).stream().map(c -> ((Enum<?>) c).name().toLowerCase())
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return "an object";
    }

    /** The JSON path of the failing value: {@code authors[0].name}. */
    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
