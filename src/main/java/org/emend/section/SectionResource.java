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
    public RestResponse<ListPage<SectionView>> list(@RestQuery UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, sections.list(articleId, status, pageId, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/sections")
    public RestResponse<ListPage<SectionView>> listInArticle(UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, sections.list(articleId, status, pageId, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/sections")
    public RestResponse<SectionView> create(UUID articleId, @Valid @NotNull SectionInput input, UriInfo uriInfo) {
        SectionView created = sections.create(articleId, input);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/sections/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("sections/{id}")
    public RestResponse<SectionView> get(UUID id, Request request) {
        return Representations.read(request, sections.get(id));
    }

    @PUT
    @Path("sections/{id}")
    public RestResponse<SectionView> replace(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Representations.updated(sections.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("sections/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    public RestResponse<SectionView> patch(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return Representations.updated(sections.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("sections/{id}")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        sections.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
