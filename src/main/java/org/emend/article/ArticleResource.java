package org.emend.article;

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
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Path("articles")
    @Operation(summary = "List articles, optionally filtered")
    public RestResponse<ListPage<ArticleView>> list(@RestQuery UUID issueId, @RestQuery String language,
            @RestQuery ArticleStatus status, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, articles.list(issueId, language, status, page.toRequest()));
    }

    @GET
    @Path("issues/{issueId}/articles")
    @Operation(summary = "List the articles of an issue")
    public RestResponse<ListPage<ArticleView>> listInIssue(UUID issueId, @RestQuery String language,
            @RestQuery ArticleStatus status, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, articles.list(issueId, language, status, page.toRequest()));
    }

    @POST
    @Path("issues/{issueId}/articles")
    @Operation(summary = "Create an article in an issue")
    public RestResponse<ArticleView> create(UUID issueId, @Valid @NotNull ArticleInput body, UriInfo uriInfo) {
        ArticleView created = articles.create(issueId, body);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/articles/{id}").build(created.id()),
                created);
    }

    @PUT
    @Path("articles/{id}")
    @Operation(summary = "Replace an article (full update)")
    public RestResponse<ArticleView> replace(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class))) JsonNode body) {
        return Representations.updated(articles.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("articles/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of an article (JSON merge patch)")
    public RestResponse<ArticleView> patch(UUID id, @RestHeader("If-Match") String ifMatch,
            @RequestBody(required = true, description = "A JSON merge patch (RFC 7396) of the fields to change", content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ArticleInput.class))) JsonNode patch) {
        return Representations.updated(articles.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    /** Deletes the article with its pages, sections, footnotes and abstracts. */
    @DELETE
    @Path("articles/{id}")
    @Operation(summary = "Delete an article")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        articles.delete(id, ExpectedVersion.of(ifMatch, null), true);
    }
}
