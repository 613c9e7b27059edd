package org.emend.users;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A disabled account signs in no more, and the sessions it has end at their next request: the
 * session cookie names the account, and every request checks it is still enabled.
 */
@ApplicationScoped
public class DisabledAccounts implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // API tokens are identities of their own (revoked, not disabled)
        if (identity.isAnonymous() || identity.getAttributes().containsKey(org.emend.access.TokenIdentityProvider.TOKEN_ID)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            boolean disabled = QuarkusTransaction.requiringNew().call(() -> {
                User user = User.findByUsername(identity.getPrincipal().getName());
                return user == null || user.disabledAt != null;
            });
            if (disabled) {
                throw new AuthenticationFailedException("The account is disabled or deleted");
            }
            return identity;
        });
    }
}
