package org.emend.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.persistence.Lookups;
import org.emend.persistence.Sha256;
import org.emend.users.Actor;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Creating, listing, revoking and checking API tokens. A secret is 256 random bits shown once;
 * only its hash is kept. {@code EMEND_ADMIN_TOKEN}, when set, is kept as an admin-scope token
 * of its own, so that what it changes is attributed like any token's.
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class);
    static final String SECRET_PREFIX = "emend_";
    static final String ADMIN_TOKEN_NAME = "EMEND_ADMIN_TOKEN";
    /** A fixed id: the configured admin token keeps its row, and its history, across restarts. */
    private static final UUID ADMIN_TOKEN_ID = UUID.fromString("00000000-0000-7000-8000-00000000a0a0");
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final Keyset<ApiToken> NEWEST_FIRST = Keyset.descending(Keyset.uuid("id", token -> token.id));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<String> adminToken;

    ApiTokens(@ConfigProperty(name = "emend.admin.token") Optional<String> adminToken) {
        this.adminToken = adminToken.filter(token -> !token.isBlank());
    }

    /**
     * Mirrors EMEND_ADMIN_TOKEN in the table, or retires it when it is no longer set. A revoked one
     * stays revoked across restarts for as long as its value is the same: only a new value (a
     * rotated secret) brings the configured token back.
     */
    @Transactional
    void syncAdminToken(@Observes StartupEvent event) {
        ApiToken token = ApiToken.findById(ADMIN_TOKEN_ID);
        if (adminToken.isEmpty()) {
            if (token != null && token.revokedAt == null) {
                token.revokedAt = now();
                // Retired rather than revoked: setting the same value again brings it back
                token.secretHash = hash(SECRET_PREFIX + UUID.randomUUID());
            }
            return;
        }
        String configuredHash = hash(adminToken.get());
        if (token != null && token.revokedAt != null && token.secretHash.equals(configuredHash)) {
            LOG.warnf("%s was revoked and stays revoked: set a new value to use a configured admin token again",
                    ADMIN_TOKEN_NAME);
            return;
        }
        if (token == null) {
            token = new ApiToken();
            token.id = ADMIN_TOKEN_ID;
            token.createdByName = "configuration";
            token.secretPrefix = "(configured)";
        }
        token.name = ADMIN_TOKEN_NAME;
        token.scope = TokenScope.ADMIN;
        token.secretHash = configuredHash;
        token.revokedAt = null;
        token.expiresAt = null;
        token.persist();
    }

    @Transactional
    public TokenView create(TokenInput input, Actor creator) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken();
        token.name = input.name().strip();
        token.scope = input.scope();
        token.expiresAt = input.expiresAt() == null ? null : input.expiresAt().truncatedTo(ChronoUnit.MICROS);
        token.secretHash = hash(secret);
        token.secretPrefix = secret.substring(0, SECRET_PREFIX.length() + 6);
        token.createdById = creator.userId();
        token.createdByName = creator.name();
        token.persist();
        ApiToken.flush();
        return TokenView.of(token, secret);
    }

    public ListPage<TokenView> list(PageRequest page) {
        return Lists.page(ApiToken.class, Filter.all(), NEWEST_FIRST, page, token -> TokenView.of(token, null));
    }

    public TokenView get(UUID id) {
        return TokenView.of(Lookups.require(ApiToken.class, id, "token"), null);
    }

    /** Revokes a token at once; revoking it again changes nothing. */
    @Transactional
    public TokenView revoke(UUID id) {
        ApiToken token = Lookups.requireForUpdate(ApiToken.class, id, "token");
        if (token.revokedAt == null) {
            token.revokedAt = now();
        }
        ApiToken.flush();
        return TokenView.of(token, null);
    }

    /** The token a secret belongs to, if it is active; records its use about once a minute. */
    public Optional<ApiToken> authenticate(String secret) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ApiToken token = ApiToken.findBySecretHash(hash(secret));
            Instant now = now();
            if (token == null || !token.activeAt(now)) {
                return Optional.empty();
            }
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(USE_RECORDED_EVERY))) {
                // Without a version check: parallel requests with one token all record it, none fails for it
                ApiToken.getEntityManager().createNativeQuery("""
                        UPDATE api_token SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :now)""")
                        .setParameter("now", now).setParameter("id", token.id).executeUpdate();
            }
            return Optional.of(token);
        });
    }

    private static String hash(String secret) {
        return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
