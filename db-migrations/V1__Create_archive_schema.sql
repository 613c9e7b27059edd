-- The archive: journals, their issues, the articles in an issue, and what an article is
-- made of (OCR'd pages, sections, footnotes, abstracts).
--
-- Conventions
-- * ids are UUIDs (version 7, made by the application) so they survive export and restore;
-- * every table carries created_at, updated_at and version (optimistic locking);
-- * text-bearing blocks keep ocr_original (as imported, never changed) beside text
--   (what editors correct) and a status;
-- * lengths are limited here too, so the database refuses what the API refuses.

CREATE TABLE journal (
    id            uuid        PRIMARY KEY,
    title         text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 500),
    english_title text        CHECK (char_length(english_title) <= 500),
    issn          text        CHECK (issn ~ '^[0-9]{4}-[0-9]{3}[0-9X]$'),
    eissn         text        CHECK (eissn ~ '^[0-9]{4}-[0-9]{3}[0-9X]$'),
    cn_code       text        CHECK (char_length(cn_code) <= 50),
    publisher     text        CHECK (char_length(publisher) <= 500),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL
);

CREATE TABLE issue (
    id           uuid        PRIMARY KEY,
    journal_id   uuid        NOT NULL REFERENCES journal (id) ON DELETE RESTRICT,
    year         integer     NOT NULL CHECK (year BETWEEN 1600 AND 2999),
    volume       text        CHECK (char_length(volume) BETWEEN 1 AND 50),
    number       text        CHECK (char_length(number) BETWEEN 1 AND 50),
    published_on date,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT issue_numbering_unique UNIQUE NULLS NOT DISTINCT (journal_id, year, volume, number)
);
CREATE INDEX issue_journal_idx ON issue (journal_id, id);

CREATE TABLE article (
    id            uuid        PRIMARY KEY,
    issue_id      uuid        NOT NULL REFERENCES issue (id) ON DELETE RESTRICT,
    title         text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 2000),
    english_title text        CHECK (char_length(english_title) <= 2000),
    -- ordered list of {"name": as printed, "latinName": in Latin script}
    authors       jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(authors) = 'array'),
    language      text        NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    first_page    text        CHECK (char_length(first_page) BETWEEN 1 AND 20),
    last_page     text        CHECK (char_length(last_page) BETWEEN 1 AND 20),
    status        text        NOT NULL CHECK (status IN ('draft', 'published')),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL
);
CREATE INDEX article_issue_idx ON article (issue_id, id);
CREATE INDEX article_language_idx ON article (language, id);
CREATE INDEX article_status_idx ON article (status, id);

CREATE TABLE page (
    id             uuid        PRIMARY KEY,
    article_id     uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sequence       integer     NOT NULL CHECK (sequence >= 1),
    printed_number text        CHECK (char_length(printed_number) BETWEEN 1 AND 20),
    ocr_original   text        NOT NULL CHECK (char_length(ocr_original) <= 1000000),
    running_head   text        CHECK (char_length(running_head) <= 2000),
    watermark      text        CHECK (char_length(watermark) <= 2000),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL,
    CONSTRAINT page_sequence_unique UNIQUE (article_id, sequence)
);

CREATE TABLE section (
    id            uuid        PRIMARY KEY,
    article_id    uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal       integer     NOT NULL CHECK (ordinal >= 1),
    level         smallint    NOT NULL CHECK (level BETWEEN 1 AND 3),
    heading       text        CHECK (char_length(heading) <= 2000),
    text          text        NOT NULL CHECK (char_length(text) <= 1000000),
    ocr_original  text        NOT NULL CHECK (char_length(ocr_original) <= 1000000),
    status        text        NOT NULL CHECK (status IN ('raw', 'corrected', 'verified')),
    -- a section running over a page break is stored as one record per page, the later ones
    -- continuing the one before, so that each page's text is corrected on its own
    page_id       uuid        REFERENCES page (id) ON DELETE SET NULL,
    continues_previous boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    CONSTRAINT section_ordinal_unique UNIQUE (article_id, ordinal)
);
CREATE INDEX section_status_idx ON section (status, article_id, ordinal);
CREATE INDEX section_page_idx ON section (page_id);

CREATE TABLE footnote (
    id             uuid        PRIMARY KEY,
    article_id     uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    page_id        uuid        REFERENCES page (id) ON DELETE SET NULL,
    ordinal        integer     NOT NULL CHECK (ordinal >= 1),
    number_on_page integer     CHECK (number_on_page >= 1),
    marker         text        CHECK (char_length(marker) <= 20),
    language       text        NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    text           text        NOT NULL CHECK (char_length(text) <= 100000),
    ocr_original   text        NOT NULL CHECK (char_length(ocr_original) <= 100000),
    status         text        NOT NULL CHECK (status IN ('raw', 'corrected', 'verified')),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL,
    CONSTRAINT footnote_ordinal_unique UNIQUE (article_id, ordinal)
);
CREATE INDEX footnote_page_idx ON footnote (page_id, number_on_page);
CREATE INDEX footnote_status_idx ON footnote (status, article_id, ordinal);

CREATE TABLE article_abstract (
    id           uuid        PRIMARY KEY,
    article_id   uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    page_id      uuid        REFERENCES page (id) ON DELETE SET NULL,
    language     text        NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    title        text        CHECK (char_length(title) <= 2000),
    text         text        NOT NULL CHECK (char_length(text) <= 100000),
    ocr_original text        NOT NULL CHECK (char_length(ocr_original) <= 100000),
    keywords     text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(keywords) <= 100),
    status       text        NOT NULL CHECK (status IN ('raw', 'corrected', 'verified')),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT abstract_language_unique UNIQUE (article_id, language)
);
CREATE INDEX abstract_page_idx ON article_abstract (page_id);
