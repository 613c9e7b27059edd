-- The change feed: every insert, update and delete of a record, written by triggers in the
-- same transaction as the change itself, so no code path can forget one (cascaded deletes
-- included).
--
-- Ordering and visibility. A sequence number taken inside a transaction does not give commit
-- order: a transaction that took number 10 may commit after one that took 11, and a reader
-- that had moved past 11 would never see 10. So each change also records the id of the
-- transaction that made it (txid), and the feed only shows changes of transactions older
-- than the oldest one still running (the xmin of the reader's snapshot): those have all
-- finished, so nothing can ever appear behind a cursor. The feed is ordered by (txid,
-- position); a change becomes visible once every transaction that began before its own
-- has ended.

CREATE TABLE record_change (
    position    bigserial   PRIMARY KEY,
    txid        bigint      NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    kind        text        NOT NULL CHECK (kind IN ('journal', 'issue', 'article', 'page', 'section', 'footnote', 'abstract')),
    record_id   uuid        NOT NULL,
    -- the version the change left (for a deletion, the last one)
    version     bigint      NOT NULL,
    operation   text        NOT NULL CHECK (operation IN ('created', 'updated', 'deleted')),
    -- the article the record belongs to (the article itself for articles), for OAI-PMH datestamps
    article_id  uuid,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    -- who: set by the application for each writing transaction (emend.actor)
    actor       text        NOT NULL DEFAULT coalesce(nullif(current_setting('emend.actor', true), ''), 'system')
);
CREATE INDEX record_change_feed_idx ON record_change (txid, position);
CREATE INDEX record_change_article_idx ON record_change (article_id, changed_at) WHERE article_id IS NOT NULL;
CREATE INDEX record_change_time_idx ON record_change (changed_at);

CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    INSERT INTO record_change (kind, record_id, version, operation, article_id)
    VALUES (TG_ARGV[0],
            (row_data ->> 'id')::uuid,
            (row_data ->> 'version')::bigint,
            CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
            CASE WHEN TG_ARGV[0] = 'article' THEN (row_data ->> 'id')::uuid ELSE (row_data ->> 'article_id')::uuid END);
    RETURN NULL;
END
$$;

-- Long-polling readers LISTEN on this channel; PostgreSQL delivers it at commit, once per transaction.
CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('emend_changes', '');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    tracked text[][] := ARRAY[['journal', 'journal'], ['issue', 'issue'], ['article', 'article'], ['page', 'page'],
                              ['section', 'section'], ['footnote', 'footnote'], ['article_abstract', 'abstract']];
    pair text[];
BEGIN
    FOREACH pair SLICE 1 IN ARRAY tracked LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_change(%L)',
                       pair[1] || '_record_change', pair[1], pair[2]);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_change()',
                       pair[1] || '_notify_change', pair[1]);
    END LOOP;
END
$$;

-- What existed before the feed did is reported as created, in creation order
INSERT INTO record_change (kind, record_id, version, operation, article_id, changed_at)
SELECT kind, id, version, 'created', article_id, created_at FROM (
    SELECT 'journal' AS kind, id, version, NULL::uuid AS article_id, created_at FROM journal
    UNION ALL SELECT 'issue', id, version, NULL, created_at FROM issue
    UNION ALL SELECT 'article', id, version, id, created_at FROM article
    UNION ALL SELECT 'page', id, version, article_id, created_at FROM page
    UNION ALL SELECT 'section', id, version, article_id, created_at FROM section
    UNION ALL SELECT 'footnote', id, version, article_id, created_at FROM footnote
    UNION ALL SELECT 'abstract', id, version, article_id, created_at FROM article_abstract) existing
ORDER BY created_at, kind, id;
