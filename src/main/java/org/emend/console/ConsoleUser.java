package org.emend.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.emend.users.Role;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in editor, as the console's templates show them ({@code inject:me}). */
@Named("me")
@RequestScoped
public class ConsoleUser {

    private final SecurityIdentity identity;

    ConsoleUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean admin() {
        return identity.hasRole(Role.ADMIN);
    }
}
