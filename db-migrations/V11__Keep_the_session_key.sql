-- Secrets the servers share, made here once so that every replica and every restart uses the same:
-- the key of the console's session cookies (unless QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is set).
-- gen_random_uuid() draws from a cryptographically strong source: two give 244 random bits.
CREATE TABLE server_secret (
    name       text        PRIMARY KEY,
    value      text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO server_secret (name, value)
VALUES ('session-encryption-key',
        replace(CAST(gen_random_uuid() AS text), '-', '') || replace(CAST(gen_random_uuid() AS text), '-', ''));
