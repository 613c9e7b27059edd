package org.emend.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body, with the fields that failed validation when there are some. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI that identifies the kind of problem", example = "urn:emend:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid input") String title,
        @Schema(description = "HTTP status code", example = "422") int status,
        @Schema(description = "What went wrong in this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "The fields that failed validation") List<FieldError> errors,
        @Schema(description = "Related resources, such as the earlier import a duplicate repeats") Map<String, String> links) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation: a JSON path such as {@code authors[0].name}. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors, Map.of());
    }

    /** The same problem pointing at related resources ({@code links}: relation → URI). */
    public Problem withLinks(Map<String, String> related) {
        return new Problem(type, title, status, detail, instance, errors, related);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, links);
    }
}
