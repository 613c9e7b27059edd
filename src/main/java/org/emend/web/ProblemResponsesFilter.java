package org.emend.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the problem responses every API operation can give, from what the operation is
 * (its method, whether its path names a record), so that each resource need not repeat them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String API = "/api/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean oneRecord = path.endsWith("}");
        boolean write = method != PathItem.HttpMethod.GET;
        boolean body = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        add(operation, "400", "Malformed request: bad JSON, wrong types, unknown fields or bad parameters");
        if (path.contains("{")) {
            add(operation, "404", "No record with this id");
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
