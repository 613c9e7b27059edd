-- OAI-PMH: an article that harvesters could have taken and that is no longer shown (set back to
-- draft, or its issue unpublished) must reach them as a deleted record, or their copy would live
-- on. Articles never published stay unknown to harvesters, so each item remembers whether its
-- article was ever published.

ALTER TABLE oai_item ADD COLUMN ever_published boolean NOT NULL DEFAULT false;

UPDATE oai_item o SET ever_published = true FROM article a WHERE a.id = o.article_id AND a.status = 'published';

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
        INSERT INTO oai_item (article_id, issue_id, journal_id, datestamp, deleted, ever_published)
        SELECT record_id, i.id, i.journal_id, changed_at, false, row_data ->> 'status' = 'published'
        FROM issue i WHERE i.id = (row_data ->> 'issue_id')::uuid
        ON CONFLICT (article_id) DO UPDATE
            SET issue_id = EXCLUDED.issue_id, journal_id = EXCLUDED.journal_id,
                datestamp = EXCLUDED.datestamp, deleted = false,
                ever_published = oai_item.ever_published OR EXCLUDED.ever_published;
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
