package org.emend.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Sign-in takes as long for a username that does not exist as for a wrong password, so timing
 * does not tell which usernames have accounts: an unknown one is refused only after checking the
 * password against a hash of the same cost. Known usernames go on to the account store
 * (Quarkus's JPA identity provider), which comes after this one.
 */
@ApplicationScoped
public class UnknownAccountDelay implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final String decoyHash = Passwords.hash(Passwords.generate());

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before the account store, whose priority is the default ({@code SYSTEM_FIRST + 1}). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            if (exists(request.getUsername())) {
                return null;
            }
            BcryptUtil.matches(new String(request.getPassword().getPassword()), decoyHash);
            throw new AuthenticationFailedException("No such account");
        });
    }

    @ActivateRequestContext
    boolean exists(String username) {
        return User.count("username", username) > 0;
    }
}
