-- Restores are an administrator's act, and each is recorded: who restored which bag (its SHA-256),
-- when, and whether it replaced records that existed, rewriting their history. Ids are UUIDv7:
-- newest first is the primary key read backwards.
CREATE TABLE restore_log (
    id                uuid        PRIMARY KEY,
    author_id         uuid        REFERENCES app_user (id) ON DELETE SET NULL,
    author_token_id   uuid        REFERENCES api_token (id) ON DELETE SET NULL,
    author_name       text        NOT NULL,
    bag_sha256        text        NOT NULL CHECK (bag_sha256 ~ '^[0-9a-f]{64}$'),
    bag_bytes         bigint      NOT NULL CHECK (bag_bytes >= 0),
    replace_requested boolean     NOT NULL,
    -- records of the bag that existed and were replaced: history rewritten when above zero
    replaced_records  integer     NOT NULL CHECK (replaced_records >= 0),
    articles          integer     NOT NULL CHECK (articles >= 0),
    revisions         integer     NOT NULL CHECK (revisions >= 0),
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL
);
