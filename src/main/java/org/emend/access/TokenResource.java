package org.emend.access;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.crud.ListPage;
import org.emend.crud.ListResponses;
import org.emend.crud.PageParams;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "API tokens", description = "Tokens for integrations; admin scope or an admin's session only")
public class TokenResource {

    private final ApiTokens tokens;
    private final CurrentActor actor;

    TokenResource(ApiTokens tokens, CurrentActor actor) {
        this.tokens = tokens;
        this.actor = actor;
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create a token; its secret is in this answer only")
    public RestResponse<TokenView> create(@Valid @NotNull TokenInput body, UriInfo uriInfo) {
        TokenView created = tokens.create(body, actor.get());
        return RestResponse.ResponseBuilder
                .<TokenView> created(uriInfo.getBaseUriBuilder().path("api/v1/tokens/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "List tokens, newest first (never their secrets)")
    public RestResponse<ListPage<TokenView>> list(@Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, tokens.list(page.toRequest()));
    }

    @GET
    @Path("tokens/{id}")
    @Operation(summary = "Read a token")
    public TokenView get(@RestPath UUID id) {
        return tokens.get(id);
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke a token: it is refused from now on")
    public TokenView revoke(@RestPath UUID id) {
        return tokens.revoke(id);
    }
}
