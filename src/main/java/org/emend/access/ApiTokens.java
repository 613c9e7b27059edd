package org.emend.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

import io.agroal.api.AgroalDataSource;
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
    private final AgroalDataSource dataSource;

    ApiTokens(@ConfigProperty(name = "emend.admin.token") Optional<String> adminToken, AgroalDataSource dataSource) {
        this.adminToken = adminToken.filter(token -> !token.isBlank());
        this.dataSource = dataSource;
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

    /**
     * The token a secret belongs to, if it is active; records its use about once a minute. Every API
     * request comes through here, so it is one indexed read on a pooled connection in auto-commit:
     * no transaction, session or entity of its own.
     */
    public Optional<TokenIdentity> authenticate(String secret) {
        Instant now = now();
        try (Connection connection = dataSource.getConnection()) {
            TokenRow token = find(connection, hash(secret));
            if (token == null || !token.activeAt(now)) {
                return Optional.empty();
            }
            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_RECORDED_EVERY))) {
                recordUse(connection, token.id(), now);
            }
            return Optional.of(new TokenIdentity(token.id(), token.name(), token.scope()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check an API token", e);
        }
    }

    private static TokenRow find(Connection connection, String secretHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, name, scope, expires_at, revoked_at, last_used_at FROM api_token WHERE secret_hash = ?""")) {
            select.setString(1, secretHash);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? new TokenRow(row.getObject("id", UUID.class), row.getString("name"),
                                TokenScope.fromString(row.getString("scope")), instant(row, "expires_at"),
                                instant(row, "revoked_at"), instant(row, "last_used_at"))
                        : null;
            }
        }
    }

    /** Without a version check: parallel requests with one token all record it, none fails for it. */
    private static void recordUse(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE api_token SET last_used_at = ?
                WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            update.setObject(1, at);
            update.setObject(2, id);
            update.setObject(3, at);
            update.executeUpdate();
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record TokenRow(UUID id, String name, TokenScope scope, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt) {

        boolean activeAt(Instant now) {
            return ApiToken.activeAt(revokedAt, expiresAt, now);
        }
    }

    private static String hash(String secret) {
        return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
