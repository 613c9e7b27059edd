package org.emend.footnote;

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
@Tag(name = "Footnotes")
public class FootnoteResource {

    private final FootnoteService footnotes;

    FootnoteResource(FootnoteService footnotes) {
        this.footnotes = footnotes;
    }

    @GET
    @Path("footnotes")
    @Operation(summary = "List footnotes, optionally filtered")
    public RestResponse<ListPage<FootnoteView>> list(@RestQuery UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, footnotes.list(articleId, status, pageId, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/footnotes")
    @Operation(summary = "List the footnotes of an article")
    public RestResponse<ListPage<FootnoteView>> listInArticle(UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, footnotes.list(articleId, status, pageId, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/footnotes")
    @Operation(summary = "Create a footnote in an article")
    public RestResponse<FootnoteView> create(UUID articleId, @Valid @NotNull FootnoteInput body, UriInfo uriInfo) {
        FootnoteView created = footnotes.create(articleId, body);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/footnotes/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("footnotes/{id}")
    @Operation(summary = "Read a footnote")
    public RestResponse<FootnoteView> get(UUID id, Request request) {
        return Representations.read(request, footnotes.get(id));
    }

    @PUT
    @Path("footnotes/{id}")
    @Operation(summary = "Replace a footnote (full update)")
    public RestResponse<FootnoteView> replace(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FootnoteInput.class))) JsonNode body) {
        return Representations.updated(footnotes.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("footnotes/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a footnote (JSON merge patch)")
    public RestResponse<FootnoteView> patch(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, description = "A JSON merge patch (RFC 7396) of the fields to change", content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = FootnoteInput.class))) JsonNode patch) {
        return Representations.updated(footnotes.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("footnotes/{id}")
    @Operation(summary = "Delete a footnote")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        footnotes.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
