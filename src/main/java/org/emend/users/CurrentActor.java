package org.emend.users;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The actor behind the current request: the signed-in account, else anonymous. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private Actor actor;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        if (actor == null) {
            User user = identity.isAnonymous() ? null : User.findByUsername(identity.getPrincipal().getName());
            actor = user == null ? Actor.ANONYMOUS : Actor.of(user);
        }
        return actor;
    }
}
