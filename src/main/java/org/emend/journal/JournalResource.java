package org.emend.journal;

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
@Tag(name = "Journals")
public class JournalResource {

    private final JournalService journals;

    JournalResource(JournalService journals) {
        this.journals = journals;
    }

    @GET
    @Path("journals")
    @Operation(summary = "List journals")
    public RestResponse<ListPage<JournalView>> list(@Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, journals.list(page.toRequest()));
    }

    @POST
    @Path("journals")
    @Operation(summary = "Create a journal")
    public RestResponse<JournalView> create(@Valid @NotNull JournalInput body, UriInfo uriInfo) {
        JournalView created = journals.create(body);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/journals/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("journals/{id}")
    @Operation(summary = "Read a journal")
    public RestResponse<JournalView> get(UUID id, Request request) {
        return Representations.read(request, journals.get(id));
    }

    @PUT
    @Path("journals/{id}")
    @Operation(summary = "Replace a journal (full update)")
    public RestResponse<JournalView> replace(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JournalInput.class))) JsonNode body) {
        return Representations.updated(journals.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("journals/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a journal (JSON merge patch)")
    public RestResponse<JournalView> patch(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, description = "A JSON merge patch (RFC 7396) of the fields to change", content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = JournalInput.class))) JsonNode patch) {
        return Representations.updated(journals.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("journals/{id}")
    @Operation(summary = "Delete a journal (with its issues and articles when cascade=true)")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch, @RestQuery boolean cascade) {
        journals.delete(id, ExpectedVersion.of(ifMatch, null), cascade);
    }
}
