-- Background jobs: long work (rendering a PDF's pages, later OCR) split into tasks that any
-- replica's workers take with FOR UPDATE SKIP LOCKED. A task taken holds a lease; a worker that
-- dies lets its lease run out and another takes the task again, so a restart loses nothing.
-- Counters on the job give progress without counting tasks.

CREATE TABLE job (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL,
    subject_id      uuid        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    total           integer     NOT NULL CHECK (total >= 0),
    done            integer     NOT NULL DEFAULT 0,
    failed          integer     NOT NULL DEFAULT 0,
    created_by_name text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    finished_at     timestamptz
);
CREATE INDEX job_subject_idx ON job (subject_id);

CREATE TABLE job_task (
    id          bigserial   PRIMARY KEY,
    job_id      uuid        NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    seq         integer     NOT NULL,
    target_id   uuid        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    attempts    integer     NOT NULL DEFAULT 0,
    lease_until timestamptz,
    worker      text,
    error       text,
    UNIQUE (job_id, seq)
);
-- What workers look for: tasks to take, or taken ones whose lease ran out
CREATE INDEX job_task_open_idx ON job_task (id) WHERE status IN ('queued', 'running');

-- The file an import came from, kept as it was (a PDF: workers render its pages from it).
CREATE TABLE source_file (
    import_id  uuid        PRIMARY KEY REFERENCES ocr_import (id) ON DELETE CASCADE,
    media_type text        NOT NULL,
    sha256     text        NOT NULL,
    byte_size  bigint      NOT NULL,
    content    bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
