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
    public RestResponse<ListPage<FootnoteView>> list(@RestQuery UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, footnotes.list(articleId, status, pageId, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/footnotes")
    public RestResponse<ListPage<FootnoteView>> listInArticle(UUID articleId, @RestQuery BlockStatus status,
            @RestQuery UUID pageId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, footnotes.list(articleId, status, pageId, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/footnotes")
    public RestResponse<FootnoteView> create(UUID articleId, @Valid @NotNull FootnoteInput input, UriInfo uriInfo) {
        FootnoteView created = footnotes.create(articleId, input);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/footnotes/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("footnotes/{id}")
    public RestResponse<FootnoteView> get(UUID id, Request request) {
        return Representations.read(request, footnotes.get(id));
    }

    @PUT
    @Path("footnotes/{id}")
    public RestResponse<FootnoteView> replace(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Representations.updated(footnotes.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("footnotes/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    public RestResponse<FootnoteView> patch(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return Representations.updated(footnotes.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("footnotes/{id}")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        footnotes.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
