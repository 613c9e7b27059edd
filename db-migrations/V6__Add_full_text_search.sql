-- Full-text search over sections, footnotes, abstracts and article titles, in current texts and
-- in OCR originals.
--
-- Chinese (and Japanese) is written without spaces, so PostgreSQL's parser would take a whole
-- run of Han characters for one word and a two-character query would find nothing inside it.
-- search_words() rewrites each such run as its overlapping bigrams followed by its last
-- character (中国文学 → 中国 国文 文学 学): a two-character query is then one indexed word, a
-- longer one a phrase of adjacent bigrams, and a single character a prefix of a bigram or the
-- last character of a run. Everything else goes to the 'simple' configuration (lower case, no
-- stemming: the archive mixes languages and a wrong stemmer does more harm than none).
--
-- The documents are generated columns: PostgreSQL recomputes them in the statement that writes
-- the text, so the GIN indexes are always current, in the same transaction, whatever wrote it.

CREATE FUNCTION search_words(content text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT regexp_replace(
             -- 3. cut each run into pairs: c1c2 c2c3 … c(n-1)cn cn
             regexp_replace(
               -- 2. drop the first character of each run: c1 c2c2 c3c3 … cncn
               regexp_replace(
                 -- 1. double every character of a run: c1c1 c2c2 … cncn
                 regexp_replace(
                   -- 0. fold width and case; punctuation (ASCII and CJK) separates words
                   regexp_replace(lower(normalize(content, NFKC)), '[[:punct:]\u3000-\u303f\uff61-\uff65]', ' ', 'g'),
                   '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef])', '\1\1', 'g'),
                 '(^|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef])[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]',
                 '\1', 'g'),
               '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]{1,2})', ' \1 ', 'g'),
             '\s+', ' ', 'g')
$$;

-- The parts are joined with spaces, NULLs left out (headings and titles are optional).
CREATE FUNCTION search_document(VARIADIC parts text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, search_words(array_to_string(parts, ' ')))
$$;

-- One query term (a word or a quoted phrase) as a tsquery that matches wherever the term
-- occurs in a document made by search_document(): the same rewriting, minus the last character
-- of each run of two or more (inside a document the run may go on, so that character is
-- followed by a bigram there, not by itself). A lone character searches as a prefix. NULL when
-- the term has nothing searchable (punctuation only).
CREATE FUNCTION search_term(term text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    words   text[] := regexp_split_to_array(btrim(search_words(term)), ' ');
    kept    text[] := '{}';
    han     text := '^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]';
BEGIN
    FOR i IN 1 .. coalesce(array_length(words, 1), 0) LOOP
        CONTINUE WHEN words[i] = '';
        -- a lone character right after a bigram that ends with it closes a run
        CONTINUE WHEN char_length(words[i]) = 1 AND words[i] ~ han AND i > 1
            AND char_length(words[i - 1]) = 2 AND words[i - 1] ~ han AND right(words[i - 1], 1) = words[i];
        kept := kept || words[i];
    END LOOP;
    IF cardinality(kept) = 0 THEN
        RETURN NULL;
    END IF;
    IF cardinality(kept) = 1 AND char_length(kept[1]) = 1 AND kept[1] ~ han THEN
        RETURN to_tsquery('simple'::regconfig, quote_literal(kept[1]) || ':*');
    END IF;
    -- the words hold no punctuation (search_words removed it), so quoting them is safe
    RETURN to_tsquery('simple'::regconfig,
        array_to_string(ARRAY(SELECT quote_literal(w) FROM unnest(kept) AS w), ' <-> '));
END
$$;

ALTER TABLE section
    ADD COLUMN search_text tsvector GENERATED ALWAYS AS (search_document(heading, text)) STORED,
    ADD COLUMN search_original tsvector GENERATED ALWAYS AS (search_document(ocr_original)) STORED;
ALTER TABLE footnote
    ADD COLUMN search_text tsvector GENERATED ALWAYS AS (search_document(text)) STORED,
    ADD COLUMN search_original tsvector GENERATED ALWAYS AS (search_document(ocr_original)) STORED;
ALTER TABLE article_abstract
    ADD COLUMN search_text tsvector GENERATED ALWAYS AS
        (search_document(VARIADIC ARRAY[title, text] || keywords)) STORED,
    ADD COLUMN search_original tsvector GENERATED ALWAYS AS (search_document(ocr_original)) STORED;
ALTER TABLE article
    ADD COLUMN search_title tsvector GENERATED ALWAYS AS
        (search_document(title, english_title)) STORED;

CREATE INDEX section_search_text_idx ON section USING gin (search_text);
CREATE INDEX section_search_original_idx ON section USING gin (search_original);
CREATE INDEX footnote_search_text_idx ON footnote USING gin (search_text);
CREATE INDEX footnote_search_original_idx ON footnote USING gin (search_original);
CREATE INDEX abstract_search_text_idx ON article_abstract USING gin (search_text);
CREATE INDEX abstract_search_original_idx ON article_abstract USING gin (search_original);
CREATE INDEX article_search_title_idx ON article USING gin (search_title);
