-- API tokens for integrations. Only a SHA-256 hash of each secret is kept: the secrets are
-- 256 random bits, so a fast hash is as safe as a slow one and lets each request be checked
-- with one indexed lookup.

CREATE TABLE api_token (
    id              uuid        PRIMARY KEY,
    name            text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    scope           text        NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
    secret_hash     text        NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    -- the secret's first characters, so that people can tell their tokens apart
    secret_prefix   text        NOT NULL,
    created_by_id   uuid        REFERENCES app_user (id) ON DELETE SET NULL,
    created_by_name text        NOT NULL,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT api_token_secret_unique UNIQUE (secret_hash)
);

-- Which token made a change, beside which account
ALTER TABLE revision ADD COLUMN author_token_id uuid REFERENCES api_token (id) ON DELETE SET NULL;
ALTER TABLE changeset ADD COLUMN author_token_id uuid REFERENCES api_token (id) ON DELETE SET NULL;
