package org.emend.section;

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
@Tag(name = "Sections")
public class SectionResource {

    private final SectionService sections;

    SectionResource(SectionService sections) {
        this.sections = sections;
    }

    @GET
    @Path("sections")
    @Operation(summary = "List sections, optionally filtered")
    public RestResponse<ListPage<SectionView>> list(@RestQuery UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, sections.list(articleId, status, pageId, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/sections")
    @Operation(summary = "List the sections of an article")
    public RestResponse<ListPage<SectionView>> listInArticle(UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, sections.list(articleId, status, pageId, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/sections")
    @Operation(summary = "Create a section in an article")
    public RestResponse<SectionView> create(UUID articleId, @Valid @NotNull SectionInput body, UriInfo uriInfo) {
        SectionView created = sections.create(articleId, body);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/sections/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("sections/{id}")
    @Operation(summary = "Read a section")
    public RestResponse<SectionView> get(UUID id, Request request) {
        return Representations.read(request, sections.get(id));
    }

    @PUT
    @Path("sections/{id}")
    @Operation(summary = "Replace a section (full update)")
    public RestResponse<SectionView> replace(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionInput.class))) JsonNode body) {
        return Representations.updated(sections.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("sections/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a section (JSON merge patch)")
    public RestResponse<SectionView> patch(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, description = "A JSON merge patch (RFC 7396) of the fields to change", content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = SectionInput.class))) JsonNode patch) {
        return Representations.updated(sections.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("sections/{id}")
    @Operation(summary = "Delete a section")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        sections.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
