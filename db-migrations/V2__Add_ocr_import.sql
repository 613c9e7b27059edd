-- OCR import: where records came from, how garbled their text looks, and what the importer
-- recovered beyond the text (citations, inferred page numbers, cut-off abstracts).

CREATE TABLE ocr_import (
    id          uuid        PRIMARY KEY,
    -- SHA-256 of the bytes as uploaded: the same dump is imported once unless replaced
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    file_name   text        CHECK (char_length(file_name) <= 500),
    charset     text        NOT NULL CHECK (char_length(charset) <= 50),
    byte_size   bigint      NOT NULL CHECK (byte_size >= 0),
    issue_id    uuid        REFERENCES issue (id) ON DELETE SET NULL,
    report      jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    CONSTRAINT ocr_import_sha256_unique UNIQUE (sha256)
);

-- Articles an import created (the imported one, and those known only from their abstract on
-- its abstracts page); replacing the import replaces them.
ALTER TABLE article
    ADD COLUMN import_id uuid REFERENCES ocr_import (id) ON DELETE SET NULL,
    ADD COLUMN abstract_only boolean NOT NULL DEFAULT false;
CREATE INDEX article_import_idx ON article (import_id);

-- 0 = clean text, 1 = OCR garbage (see GarbleScorer for the method)
ALTER TABLE page
    ADD COLUMN garble_score real CHECK (garble_score BETWEEN 0 AND 1),
    ADD COLUMN printed_number_inferred boolean NOT NULL DEFAULT false;
ALTER TABLE section
    ADD COLUMN garble_score real CHECK (garble_score BETWEEN 0 AND 1);
ALTER TABLE footnote
    ADD COLUMN garble_score real CHECK (garble_score BETWEEN 0 AND 1),
    -- citations parsed from the text: authors, title, container, date, URLs
    ADD COLUMN citations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(citations) = 'array');
ALTER TABLE article_abstract
    ADD COLUMN garble_score real CHECK (garble_score BETWEEN 0 AND 1),
    -- cut off at the top or bottom of the page it was printed on
    ADD COLUMN incomplete boolean NOT NULL DEFAULT false;

-- The worklist: most garbled first
CREATE INDEX page_garble_idx ON page (garble_score DESC NULLS LAST, id);
CREATE INDEX section_garble_idx ON section (garble_score DESC NULLS LAST, id);
CREATE INDEX footnote_garble_idx ON footnote (garble_score DESC NULLS LAST, id);
CREATE INDEX abstract_garble_idx ON article_abstract (garble_score DESC NULLS LAST, id);
