package org.emend.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Ends console sessions at once when they should end. Quarkus's session cookie only names the
 * account, so a second cookie, sealed with the session key, names the account's session
 * generation at sign-in; every request checks it against the account's current one. Signing out,
 * a password reset and disabling the account move the generation on; a disabled or deleted
 * account fails every request.
 */
@ApplicationScoped
public class SessionGenerations implements SecurityIdentityAugmentor {

    public static final String COOKIE = "emend-session-check";
    private static final String SIGN_IN = "/j_security_check";

    private final byte[] key;

    SessionGenerations(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        // Without a configured key Quarkus makes a random one for this process: so does this
        this.key = sessionKey.map(value -> value.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        // API tokens are identities of their own (revoked, not signed out)
        if (identity.isAnonymous() || identity.getAttributes().containsKey(CurrentActor.TOKEN_ACTOR)) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            Long generation = QuarkusTransaction.requiringNew().call(() -> {
                User user = User.findByUsername(username);
                return user == null || user.disabledAt != null ? null : user.sessionGeneration;
            });
            if (generation == null) {
                throw new AuthenticationFailedException("The account is disabled or deleted");
            }
            if (routing == null) {
                return identity;
            }
            String seal = seal(username, generation);
            if (SIGN_IN.equals(routing.normalizedPath())) {
                routing.response().addCookie(Cookie.cookie(COOKIE, seal).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
                return identity;
            }
            Cookie presented = routing.request().getCookie(COOKIE);
            if (presented == null || !MessageDigest.isEqual(presented.getValue().getBytes(StandardCharsets.US_ASCII),
                    seal.getBytes(StandardCharsets.US_ASCII))) {
                throw new AuthenticationFailedException("The session has ended (signed out, password reset)");
            }
            return identity;
        });
    }

    private String seal(String username, long generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((username + '\n' + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
