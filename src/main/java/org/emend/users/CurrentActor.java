package org.emend.users;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The actor behind the current request: an API token, the signed-in account, else anonymous. */
@RequestScoped
public class CurrentActor {

    /**
     * The identity attribute holding the actor of an identity an API token proved: the token's own
     * authentication says who it is, so that this package needs nothing of it.
     */
    public static final String TOKEN_ACTOR = "emend.token.actor";

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
        Actor token = identity.getAttribute(TOKEN_ACTOR);
        if (token != null) {
            return token;
        }
        User user = User.findByUsername(identity.getPrincipal().getName());
        return user == null ? Actor.ANONYMOUS : Actor.of(user);
    }
}
