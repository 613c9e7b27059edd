package org.emend.article.contents;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.crud.Representations;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Reading one article, with its parts when asked; {@code article.ArticleResource} writes it. */
@Path("/api/v1")
@Tag(name = "Articles")
public class ArticleWithPartsResource {

    private final ArticlesWithParts articles;

    ArticleWithPartsResource(ArticlesWithParts articles) {
        this.articles = articles;
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "Read an article")
    public RestResponse<ArticleWithParts> get(UUID id,
            @Parameter(description = "Parts to embed: pages, sections, footnotes, abstracts (comma-separated)") @RestQuery String include,
            @RestHeader("If-None-Match") String ifNoneMatch, Request request) {
        Set<ArticlePart> parts = ArticlePart.parse(include);
        if (ifNoneMatch != null && !parts.isEmpty()) {
            // Checked from the versions alone: a current copy costs no text read or written
            RestResponse<ArticleWithParts> notModified = Representations.notModified(request, articles.entityTag(id, parts));
            if (notModified != null) {
                return notModified;
            }
        }
        ArticleWithParts article = articles.get(id, parts);
        return Representations.read(request, article, article.entityTag());
    }
}
