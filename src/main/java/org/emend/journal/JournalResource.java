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
    public RestResponse<ListPage<JournalView>> list(@Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, journals.list(page.toRequest()));
    }

    @POST
    @Path("journals")
    public RestResponse<JournalView> create(@Valid @NotNull JournalInput input, UriInfo uriInfo) {
        JournalView created = journals.create(input);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/journals/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("journals/{id}")
    public RestResponse<JournalView> get(UUID id, Request request) {
        return Representations.read(request, journals.get(id));
    }

    @PUT
    @Path("journals/{id}")
    public RestResponse<JournalView> replace(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Representations.updated(journals.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("journals/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    public RestResponse<JournalView> patch(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return Representations.updated(journals.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("journals/{id}")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch, @RestQuery boolean cascade) {
        journals.delete(id, ExpectedVersion.of(ifMatch, null), cascade);
    }
}
