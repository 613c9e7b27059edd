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
    public RestResponse<ListPage<IssueView>> list(@RestQuery UUID journalId, @RestQuery Integer year,
            @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, issues.list(journalId, year, page.toRequest()));
    }

    @GET
    @Path("journals/{journalId}/issues")
    public RestResponse<ListPage<IssueView>> listInJournal(UUID journalId, @RestQuery Integer year,
            @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, issues.list(journalId, year, page.toRequest()));
    }

    @POST
    @Path("journals/{journalId}/issues")
    public RestResponse<IssueView> create(UUID journalId, @Valid @NotNull IssueInput input, UriInfo uriInfo) {
        IssueView created = issues.create(journalId, input);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/issues/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("issues/{id}")
    public RestResponse<IssueView> get(UUID id, Request request) {
        return Representations.read(request, issues.get(id));
    }

    @PUT
    @Path("issues/{id}")
    public RestResponse<IssueView> replace(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Representations.updated(issues.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("issues/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    public RestResponse<IssueView> patch(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return Representations.updated(issues.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("issues/{id}")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch, @RestQuery boolean cascade) {
        issues.delete(id, ExpectedVersion.of(ifMatch, null), cascade);
    }
}
