-- OCR runs: each time an engine read a page, what it said (hOCR: lines and words with boxes and
-- confidences) and how it was asked (engine, version, languages, settings). Kept per page, newest
-- last; the page's OCR original (what was imported) is never changed by them.

CREATE TABLE ocr_run (
    id              uuid        PRIMARY KEY,
    page_id         uuid        NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    job_id          uuid,
    engine          text        NOT NULL,
    engine_version  text        NOT NULL,
    languages       text        NOT NULL,
    settings        text        NOT NULL,
    mean_confidence real,
    text            text        NOT NULL,
    hocr            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ocr_run_page_idx ON ocr_run (page_id, created_at);
