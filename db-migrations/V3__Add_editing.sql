-- Editing: who edits (accounts), what each save changed (revisions, append-only), changes
-- made together by find and replace (changesets), and page scans.

CREATE TABLE app_user (
    id            uuid        PRIMARY KEY,
    username      text        NOT NULL CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    -- bcrypt, in modular crypt format ($2a$…); never the password itself
    password_hash text        NOT NULL CHECK (password_hash LIKE '$2%'),
    role          text        NOT NULL CHECK (role IN ('editor', 'admin')),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    CONSTRAINT app_user_username_unique UNIQUE (username)
);

CREATE TABLE changeset (
    id            uuid        PRIMARY KEY,
    description   text        NOT NULL CHECK (char_length(description) <= 2000),
    author_id     uuid        REFERENCES app_user (id) ON DELETE SET NULL,
    author_name   text        NOT NULL,
    -- set when the changeset is a revert of another one
    reverts_id    uuid        REFERENCES changeset (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL
);

CREATE TABLE revision (
    id             uuid        PRIMARY KEY,
    block_kind     text        NOT NULL CHECK (block_kind IN ('section', 'footnote', 'abstract')),
    block_id       uuid        NOT NULL,
    article_id     uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    page_id        uuid        REFERENCES page (id) ON DELETE SET NULL,
    base_version   bigint      NOT NULL,
    new_version    bigint      NOT NULL,
    heading_before text,
    heading_after  text,
    text_before    text        NOT NULL,
    text_after     text        NOT NULL,
    status_before  text        NOT NULL CHECK (status_before IN ('raw', 'corrected', 'verified')),
    status_after   text        NOT NULL CHECK (status_after IN ('raw', 'corrected', 'verified')),
    comment        text        CHECK (char_length(comment) <= 2000),
    author_id      uuid        REFERENCES app_user (id) ON DELETE SET NULL,
    author_name    text        NOT NULL,
    changeset_id   uuid        REFERENCES changeset (id) ON DELETE SET NULL,
    -- set when this revision restores the block as another revision left it
    reverts_id     uuid        REFERENCES revision (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX revision_block_idx ON revision (block_kind, block_id, created_at);
CREATE INDEX revision_article_idx ON revision (article_id, created_at DESC);
CREATE INDEX revision_author_idx ON revision (author_id, created_at DESC);
CREATE INDEX revision_changeset_idx ON revision (changeset_id);

CREATE TABLE page_image (
    page_id            uuid        PRIMARY KEY REFERENCES page (id) ON DELETE CASCADE,
    media_type         text        NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/tiff')),
    content            bytea       NOT NULL,
    -- browsers do not show TIFF: a PNG copy is kept for display
    display_media_type text        NOT NULL CHECK (display_media_type IN ('image/png', 'image/jpeg')),
    display_content    bytea,
    byte_size          bigint      NOT NULL CHECK (byte_size > 0),
    width              integer     CHECK (width > 0),
    height             integer     CHECK (height > 0),
    sha256             text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL
);

-- Find a text quickly: the console's search and find-and-replace read current texts and
-- OCR originals with LIKE; trigram indexes serve patterns of three characters or more.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX section_text_trgm_idx ON section USING gin (text gin_trgm_ops);
CREATE INDEX footnote_text_trgm_idx ON footnote USING gin (text gin_trgm_ops);
CREATE INDEX abstract_text_trgm_idx ON article_abstract USING gin (text gin_trgm_ops);
CREATE INDEX section_ocr_trgm_idx ON section USING gin (ocr_original gin_trgm_ops);
CREATE INDEX footnote_ocr_trgm_idx ON footnote USING gin (ocr_original gin_trgm_ops);
CREATE INDEX abstract_ocr_trgm_idx ON article_abstract USING gin (ocr_original gin_trgm_ops);
