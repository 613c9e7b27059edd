-- A block's own language, for search to show every kind of hit from the one relation: a footnote's
-- and an abstract's are their own; a section has none of its own and reads as its article's.
CREATE OR REPLACE VIEW block AS
    SELECT 'section' AS kind, id, article_id, page_id, status, garble_score, text, ocr_original,
           heading, version, updated_at, CAST(NULL AS text) AS language
    FROM section
    UNION ALL
    SELECT 'footnote', id, article_id, page_id, status, garble_score, text, ocr_original,
           NULL, version, updated_at, language
    FROM footnote
    UNION ALL
    SELECT 'abstract', id, article_id, page_id, status, garble_score, text, ocr_original,
           title, version, updated_at, language
    FROM article_abstract;
