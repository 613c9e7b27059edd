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
    public RestResponse<ListPage<AbstractView>> list(@RestQuery UUID articleId, @RestQuery String language,
            @RestQuery BlockStatus status, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, abstracts.list(articleId, language, status, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/abstracts")
    public RestResponse<ListPage<AbstractView>> listInArticle(UUID articleId, @RestQuery String language,
            @RestQuery BlockStatus status, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, abstracts.list(articleId, language, status, page.toRequest()));
    }

    @POST
    @Path("articles/{articleId}/abstracts")
    public RestResponse<AbstractView> create(UUID articleId, @Valid @NotNull AbstractInput input, UriInfo uriInfo) {
        AbstractView created = abstracts.create(articleId, input);
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/abstracts/{id}").build(created.id()),
                created);
    }

    @GET
    @Path("abstracts/{id}")
    public RestResponse<AbstractView> get(UUID id, Request request) {
        return Representations.read(request, abstracts.get(id));
    }

    @PUT
    @Path("abstracts/{id}")
    public RestResponse<AbstractView> replace(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Representations.updated(abstracts.replace(id, ExpectedVersion.of(ifMatch, body), body));
    }

    @PATCH
    @Path("abstracts/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    public RestResponse<AbstractView> patch(UUID id, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return Representations.updated(abstracts.patch(id, ExpectedVersion.of(ifMatch, patch), patch));
    }

    @DELETE
    @Path("abstracts/{id}")
    public void delete(UUID id, @RestHeader("If-Match") String ifMatch) {
        abstracts.delete(id, ExpectedVersion.of(ifMatch, null), false);
    }
}
