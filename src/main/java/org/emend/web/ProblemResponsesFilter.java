package org.emend.web;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the problem responses every API operation can give, from what the operation is
 * (its method, whether its path names a record, its parameters), so that each resource need not
 * repeat them; the 201 of the operations that create a record; and how callers authenticate.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String API = "/api/";
    /** Collections a POST adds a record to (answered 201 with a Location), and the one action that makes a changeset. */
    private static final Pattern CREATES = Pattern.compile(
            "/api/v1/(journals|tokens|imports|changesets|restores|changesets/\\{id}/revert"
                    + "|\\w+/\\{\\w+}/(issues|articles|pages|sections|footnotes|abstracts))");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.POST && CREATES.matcher(path).matches()) {
                        created(operation);
                    }
                    document(path, method, operation);
                });
            }
        });
        // Reads of published records need no credential; everything else takes a token or a console session
        openAPI.getComponents()
                .addSecurityScheme("token", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API token (read, write or admin scope), made in the console or at /api/v1/tokens"))
                .addSecurityScheme("session", OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name("emend-session")
                        .description("A console session; its writes also carry X-CSRF-TOKEN, equal to the emend-csrf cookie"));
        openAPI.security(List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme("token"),
                OASFactory.createSecurityRequirement().addScheme("session")));
    }

    private static void created(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null) {
            return;
        }
        operation.getResponses().removeAPIResponse("200");
        operation.getResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                .description("Created: the Location header names the new record").content(ok.getContent()));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean oneRecord = path.endsWith("}");
        boolean write = method != PathItem.HttpMethod.GET;
        boolean body = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        add(operation, "400", "Malformed request: bad JSON, wrong types, unknown fields or bad parameters");
        add(operation, "401",
                "The bearer token is unknown, expired or revoked (or reads need one: EMEND_API_OPEN_READS=false)");
        add(operation, "403",
                "The credential does not allow this: a write with a read token, an admin's act without admin scope");
        add(operation, "414", "The address is too long");
        add(operation, "429", "This token made too many requests: retry after Retry-After seconds");
        add(operation, "503", "The database cannot be reached for the moment: retry after Retry-After seconds");
        boolean queryParameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        if (path.contains("{") || queryParameters) {
            add(operation, "404", "No record with this id (in the path, or named by a filter)");
        }
        if (queryParameters) {
            add(operation, "422", "A parameter of the right form but an unacceptable value");
        }
        if (method == PathItem.HttpMethod.GET && oneRecord) {
            operation.getResponses().addAPIResponse("304",
                    OASFactory.createAPIResponse().description("Not modified: If-None-Match names the current ETag"));
        }
        if (write) {
            add(operation, "409", "Conflicts with other records (a taken position, children left behind)");
        }
        if (write && oneRecord) {
            add(operation, "412", "Stale: If-Match or the version field names an older version");
        }
        if (body) {
            add(operation, "413", "The body is too large");
            add(operation, "415", "The body is not JSON");
            add(operation, "422", "Invalid fields (listed in errors), or a change to a read-only field");
        }
        add(operation, "500", "Unexpected failure (logged under the incident id in detail)");
    }

    private static void add(Operation operation, String status, String description) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
