package org.emend.users;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.emend.access.TokenIdentityProvider;
import org.emend.access.TokenScope;

import io.quarkus.security.identity.SecurityIdentity;

/** The actor behind the current request: an API token, the signed-in account, else anonymous. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private Actor actor;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Actor resolve() {
        if (identity.isAnonymous()) {
            return Actor.ANONYMOUS;
        }
        UUID tokenId = identity.getAttribute(TokenIdentityProvider.TOKEN_ID);
        if (tokenId != null) {
            TokenScope scope = identity.getAttribute(TokenIdentityProvider.TOKEN_SCOPE);
            return new Actor(null, tokenId, identity.getPrincipal().getName(), scope == TokenScope.ADMIN, scope.writes());
        }
        User user = User.findByUsername(identity.getPrincipal().getName());
        return user == null ? Actor.ANONYMOUS : Actor.of(user);
    }
}
