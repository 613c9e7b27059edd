package org.emend.abstracts;

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
import org.emend.block.BlockStatus;
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
@Tag(name = "Abstracts")
public class AbstractResource {

    private final AbstractService abstracts;

    AbstractResource(AbstractService abstracts) {
        this.abstracts = abstracts;
    }

    @GET
    @Path("abstracts")
    @Operation(summary = "List abstracts, optionally filtered")
    public RestResponse<ListPage<AbstractView>> list(@RestQuery UUID articleId, @RestQuery String language,
            @RestQuery BlockStatus status, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, abstracts.list(articleId, language, status, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/abstracts")
    @Operation(summary = "List the abstracts of an article")
    public RestResponse<ListPage<AbstractView>> listInArticle(UUID articleId, @RestQuery String language,
            @RestQuery BlockStatus status, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, abstracts.list(articleId, language, status, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/abstracts")
    @Operation(summary = "Create an abstract in an article")
    public RestResponse<AbstractView> create(UUID articleId, @Valid @NotNull AbstractInput body, UriInfo uriInfo) {
        AbstractView created = abstracts.create(articleId, body);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/abstracts/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("abstracts/{id}")
    @Operation(summary = "Read an abstract")
    public RestResponse<AbstractView> get(UUID id, Request request) {
        return Representations.read(request, abstracts.get(id));
    }

    @PUT
    @Path("abstracts/{id}")
    @Operation(summary = "Replace an abstract (full update)")
    public RestResponse<AbstractView> replace(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbstractInput.class))) JsonNode body) {
        return Representations.updated(abstracts.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("abstracts/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of an abstract (JSON merge patch)")
    public RestResponse<AbstractView> patch(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, description = "A JSON merge patch (RFC 7396) of the fields to change", content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = AbstractInput.class))) JsonNode patch) {
        return Representations.updated(abstracts.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("abstracts/{id}")
    @Operation(summary = "Delete an abstract")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        abstracts.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
