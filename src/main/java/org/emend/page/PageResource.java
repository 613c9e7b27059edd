package org.emend.page;

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
@Tag(name = "Pages")
public class PageResource {

    private final PageService pages;

    PageResource(PageService pages) {
        this.pages = pages;
    }

    @GET
    @Path("pages")
    @Operation(summary = "List pages, optionally filtered")
    public RestResponse<ListPage<PageView>> list(@RestQuery UUID articleId, @Valid @BeanParam PageParams page,
            UriInfo uriInfo) {
        return ListResponses.of(uriInfo, pages.list(articleId, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/pages")
    @Operation(summary = "List the pages of an article")
    public RestResponse<ListPage<PageView>> listInArticle(UUID articleId, @Valid @BeanParam PageParams page,
            UriInfo uriInfo) {
        return ListResponses.of(uriInfo, pages.list(articleId, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/pages")
    @Operation(summary = "Create a page in an article")
    public RestResponse<PageView> create(UUID articleId, @Valid @NotNull PageInput body, UriInfo uriInfo) {
        PageView created = pages.create(articleId, body);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/pages/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("pages/{id}")
    @Operation(summary = "Read a page")
    public RestResponse<PageView> get(UUID id, Request request) {
        return Representations.read(request, pages.get(id));
    }

    @PUT
    @Path("pages/{id}")
    @Operation(summary = "Replace a page (full update)")
    public RestResponse<PageView> replace(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageInput.class))) JsonNode body) {
        return Representations.updated(pages.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("pages/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a page (JSON merge patch)")
    public RestResponse<PageView> patch(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, description = "A JSON merge patch (RFC 7396) of the fields to change", content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = PageInput.class))) JsonNode patch) {
        return Representations.updated(pages.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("pages/{id}")
    @Operation(summary = "Delete a page")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        pages.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
