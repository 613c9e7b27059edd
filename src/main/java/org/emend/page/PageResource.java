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
    public RestResponse<ListPage<PageView>> list(@RestQuery UUID articleId, @Valid @BeanParam PageParams page,
            UriInfo uriInfo) {
        return ListResponses.of(uriInfo, pages.list(articleId, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/pages")
    public RestResponse<ListPage<PageView>> listInArticle(UUID articleId, @Valid @BeanParam PageParams page,
            UriInfo uriInfo) {
        return ListResponses.of(uriInfo, pages.list(articleId, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/pages")
    public RestResponse<PageView> create(UUID articleId, @Valid @NotNull PageInput input, UriInfo uriInfo) {
        PageView created = pages.create(articleId, input);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/pages/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("pages/{id}")
    public RestResponse<PageView> get(UUID id, Request request) {
        return Representations.read(request, pages.get(id));
    }

    @PUT
    @Path("pages/{id}")
    public RestResponse<PageView> replace(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Representations.updated(pages.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("pages/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    public RestResponse<PageView> patch(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return Representations.updated(pages.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("pages/{id}")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        pages.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
