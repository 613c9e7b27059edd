-- The text block as one relation: every section, footnote and abstract with what all three kinds
-- have, for the queries that read blocks of every kind (the console's progress, worklist and text
-- search, a page's garble score and correction status). PostgreSQL pushes a query's conditions
-- into each branch, so the tables' own indexes serve it. A later migration that changes one of
-- these columns drops and recreates the view.
CREATE VIEW block AS
    SELECT 'section' AS kind, id, article_id, page_id, status, garble_score, text, ocr_original,
           heading, version, updated_at
    FROM section
    UNION ALL
    SELECT 'footnote', id, article_id, page_id, status, garble_score, text, ocr_original,
           NULL, version, updated_at
    FROM footnote
    UNION ALL
    SELECT 'abstract', id, article_id, page_id, status, garble_score, text, ocr_original,
           title, version, updated_at
    FROM article_abstract;
