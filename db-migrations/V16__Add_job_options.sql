-- What a job was asked to do beyond its kind: an OCR job's chosen languages, say.
ALTER TABLE job ADD COLUMN options jsonb NOT NULL DEFAULT '{}';
