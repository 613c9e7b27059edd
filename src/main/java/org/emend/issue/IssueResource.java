package org.emend.issue;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.crud.ExpectedVersion;
import org.emend.crud.ListPage;
import org.emend.crud.ListResponses;
import org.emend.crud.PageParams;
import org.emend.crud.Representations;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/v1")
@Tag(name = "Issues")
public class IssueResource {

    private final IssueService issues;

    IssueResource(IssueService issues) {
        this.issues = issues;
    }

    @GET
    @Path("issues")
    @Operation(summary = "List issues, optionally filtered")
    public RestResponse<ListPage<IssueView>> list(@RestQuery UUID journalId, @RestQuery Integer year,
            @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, issues.list(journalId, year, page.toRequest()));
    }

    @GET
    @Path("journals/{journalId}/issues")
    @Operation(summary = "List the issues of a journal")
    public RestResponse<ListPage<IssueView>> listInJournal(UUID journalId, @RestQuery Integer year,
            @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, issues.list(journalId, year, page.toRequest()));
    }

    @POST
    @Path("journals/{journalId}/issues")
    @Operation(summary = "Create an issue in a journal")
    public RestResponse<IssueView> create(UUID journalId, @Valid @NotNull IssueInput body, UriInfo uriInfo) {
        IssueView created = issues.create(journalId, body);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/issues/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("issues/{id}")
    @Operation(summary = "Read an issue")
    public RestResponse<IssueView> get(UUID id, Request request) {
        return Representations.read(request, issues.get(id));
    }

    @PUT
    @Path("issues/{id}")
    @Operation(summary = "Replace an issue (full update)")
    public RestResponse<IssueView> replace(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssueInput.class))) JsonNode body) {
        return Representations.updated(issues.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("issues/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of an issue (JSON merge patch)")
    public RestResponse<IssueView> patch(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, description = "A JSON merge patch (RFC 7396) of the fields to change", content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = IssueInput.class))) JsonNode patch) {
        return Representations.updated(issues.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("issues/{id}")
    @Operation(summary = "Delete an issue (with its articles when cascade=true)")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch, @RestQuery boolean cascade) {
        issues.delete(id, ExpectedVersion.of(ifMatch, null), cascade);
    }
}
