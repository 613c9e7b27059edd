-- OAI-PMH: an article harvesters never saw must stay unknown to them, even once deleted. An item
-- is ever_published once its article was public: published, in an issue that was out. Whether it
-- was is decided when it stops being public (set back to draft, deleted, its issue withdrawn or
-- postponed), from the row as it was, so an issue whose day came without a write still counts.
-- Deleted items that were never public are no longer listed (OaiItems). Each item also keeps
-- whether its article's status is published, for when its issue goes (with its articles, in the
-- same cascade).

ALTER TABLE oai_item ADD COLUMN article_published boolean NOT NULL DEFAULT false;
UPDATE oai_item o SET article_published = true FROM article a WHERE a.id = o.article_id AND a.status = 'published';

CREATE OR REPLACE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data   jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    old_data   jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
    kind       text := TG_ARGV[0];
    record_id  uuid := (row_data ->> 'id')::uuid;
    article    uuid := CASE WHEN kind = 'article' THEN record_id ELSE (row_data ->> 'article_id')::uuid END;
    changed_at timestamptz := now();
    today      date := (now() AT TIME ZONE 'UTC')::date;
    was_public boolean := false;
BEGIN
    INSERT INTO record_change (kind, record_id, version, operation, article_id, changed_at)
    VALUES (kind, record_id, (row_data ->> 'version')::bigint,
            CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
            article, changed_at);

    IF kind = 'article' AND old_data IS NOT NULL THEN
        -- (on a cascade its issue may be gone already: then the item's own flag stands)
        SELECT old_data ->> 'status' = 'published' AND coalesce(i.published_on <= today, false) INTO was_public
        FROM issue i WHERE i.id = (old_data ->> 'issue_id')::uuid;
        UPDATE oai_item SET ever_published = true
        WHERE article_id = record_id AND NOT ever_published AND coalesce(was_public, false);
    END IF;

    IF kind = 'article' AND TG_OP = 'DELETE' THEN
        UPDATE oai_item SET datestamp = changed_at, deleted = true WHERE article_id = record_id;
    ELSIF kind = 'article' THEN
        INSERT INTO oai_item (article_id, issue_id, journal_id, datestamp, deleted, ever_published, article_published)
        SELECT record_id, i.id, i.journal_id, changed_at, false,
               row_data ->> 'status' = 'published' AND coalesce(i.published_on <= today, false),
               row_data ->> 'status' = 'published'
        FROM issue i WHERE i.id = (row_data ->> 'issue_id')::uuid
        ON CONFLICT (article_id) DO UPDATE
            SET issue_id = EXCLUDED.issue_id, journal_id = EXCLUDED.journal_id,
                datestamp = EXCLUDED.datestamp, deleted = false,
                ever_published = oai_item.ever_published OR EXCLUDED.ever_published,
                article_published = EXCLUDED.article_published;
    ELSIF article IS NOT NULL AND TG_OP <> 'DELETE' THEN
        UPDATE oai_item SET datestamp = changed_at WHERE article_id = article AND datestamp < changed_at;
    ELSIF article IS NOT NULL THEN
        -- a block deleted with its article leaves the article's tombstone as it is
        UPDATE oai_item SET datestamp = changed_at WHERE article_id = article AND NOT deleted AND datestamp < changed_at;
    ELSIF kind = 'issue' AND TG_OP <> 'INSERT' THEN
        -- an issue that was out made its published articles public, whatever it becomes now
        IF coalesce((old_data ->> 'published_on')::date <= today, false) THEN
            UPDATE oai_item SET ever_published = true
            WHERE issue_id = record_id AND article_published AND NOT ever_published;
        END IF;
        IF TG_OP = 'UPDATE' THEN
            UPDATE oai_item SET datestamp = changed_at WHERE issue_id = record_id AND NOT deleted AND datestamp < changed_at;
        END IF;
    ELSIF kind = 'journal' AND TG_OP = 'UPDATE' THEN
        UPDATE oai_item SET datestamp = changed_at WHERE journal_id = record_id AND NOT deleted AND datestamp < changed_at;
    END IF;
    RETURN NULL;
END
$$;
