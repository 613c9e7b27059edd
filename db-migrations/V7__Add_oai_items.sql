-- OAI-PMH: one item per article, with the datestamp harvesters select on. An article's record
-- (oai_dc, JATS) shows its own fields, its blocks, its issue and its journal, so a change to any
-- of these moves its datestamp. The item outlives its article: a deleted article stays as a
-- deleted record (deletedRecord = persistent), still in its journal's and issue's sets.
-- Kept by the change-feed trigger, in the transaction of the change.

CREATE TABLE oai_item (
    article_id  uuid        PRIMARY KEY,
    issue_id    uuid        NOT NULL,
    journal_id  uuid        NOT NULL,
    datestamp   timestamptz NOT NULL,
    deleted     boolean     NOT NULL DEFAULT false
);
CREATE INDEX oai_item_datestamp_idx ON oai_item (datestamp, article_id);
CREATE INDEX oai_item_issue_idx ON oai_item (issue_id, article_id);
CREATE INDEX oai_item_journal_idx ON oai_item (journal_id, article_id);

CREATE OR REPLACE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data   jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    kind       text := TG_ARGV[0];
    record_id  uuid := (row_data ->> 'id')::uuid;
    article    uuid := CASE WHEN kind = 'article' THEN record_id ELSE (row_data ->> 'article_id')::uuid END;
    changed_at timestamptz := now();
BEGIN
    INSERT INTO record_change (kind, record_id, version, operation, article_id, changed_at)
    VALUES (kind, record_id, (row_data ->> 'version')::bigint,
            CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
            article, changed_at);

    IF kind = 'article' AND TG_OP = 'DELETE' THEN
        -- (its issue may be gone already, deleted in the same cascade)
        UPDATE oai_item SET datestamp = changed_at, deleted = true WHERE article_id = record_id;
    ELSIF kind = 'article' THEN
        INSERT INTO oai_item (article_id, issue_id, journal_id, datestamp, deleted)
        SELECT record_id, i.id, i.journal_id, changed_at, false
        FROM issue i WHERE i.id = (row_data ->> 'issue_id')::uuid
        ON CONFLICT (article_id) DO UPDATE
            SET issue_id = EXCLUDED.issue_id, journal_id = EXCLUDED.journal_id,
                datestamp = EXCLUDED.datestamp, deleted = false;
    ELSIF article IS NOT NULL AND TG_OP <> 'DELETE' THEN
        UPDATE oai_item SET datestamp = changed_at WHERE article_id = article AND datestamp < changed_at;
    ELSIF article IS NOT NULL THEN
        -- a block deleted with its article leaves the article's tombstone as it is
        UPDATE oai_item SET datestamp = changed_at WHERE article_id = article AND NOT deleted AND datestamp < changed_at;
    ELSIF kind = 'issue' AND TG_OP = 'UPDATE' THEN
        UPDATE oai_item SET datestamp = changed_at WHERE issue_id = record_id AND NOT deleted AND datestamp < changed_at;
    ELSIF kind = 'journal' AND TG_OP = 'UPDATE' THEN
        UPDATE oai_item SET datestamp = changed_at WHERE journal_id = record_id AND NOT deleted AND datestamp < changed_at;
    END IF;
    RETURN NULL;
END
$$;

INSERT INTO oai_item (article_id, issue_id, journal_id, datestamp, deleted)
SELECT a.id, a.issue_id, i.journal_id,
       coalesce((SELECT max(c.changed_at) FROM record_change c WHERE c.article_id = a.id), a.updated_at), false
FROM article a JOIN issue i ON i.id = a.issue_id;
