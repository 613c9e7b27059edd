-- The OCR draft: blocks whose text an OCR run drafted name it, and so do the revisions that put
-- an engine's text into a block (machine-made, as opposed to an editor's own typing).

ALTER TABLE section ADD COLUMN ocr_run_id uuid REFERENCES ocr_run (id) ON DELETE SET NULL;
ALTER TABLE footnote ADD COLUMN ocr_run_id uuid REFERENCES ocr_run (id) ON DELETE SET NULL;
ALTER TABLE article_abstract ADD COLUMN ocr_run_id uuid REFERENCES ocr_run (id) ON DELETE SET NULL;
ALTER TABLE revision ADD COLUMN ocr_run_id uuid REFERENCES ocr_run (id) ON DELETE SET NULL;

-- Whether a page was drafted by hand: any revision of its blocks that no engine made
CREATE INDEX revision_page_idx ON revision (page_id) WHERE ocr_run_id IS NULL;
