package org.emend.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.users.Actor;
import org.emend.users.CurrentActor;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a bearer secret into the identity of its API token, or fails when no active token has it. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiTokens tokens;

    TokenIdentityProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.authenticate(request.getToken().getToken())
                .map(token -> {
                    String name = "token " + token.name();
                    return (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(name))
                            .addRole("token-" + token.scope().name().toLowerCase())
                            .addAttribute(CurrentActor.TOKEN_ACTOR,
                                    new Actor(null, token.id(), name, token.scope() == TokenScope.ADMIN,
                                            token.scope().writes()))
                            .build();
                })
                .orElseThrow(() -> new AuthenticationFailedException("The API token is unknown, expired or revoked")));
    }
}
