package org.emend.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.block.BlockKind;

/**
 * The console's search over the current texts and the OCR originals of every block. A plain
 * substring match (case-insensitive), so that a two-character Chinese word is found as surely
 * as an English one; the trigram indexes serve queries of three characters or more.
 */
@ApplicationScoped
public class TextSearch {

    static final int MAX_QUERY = 200;
    private static final int CONTEXT = 50;

    private final EntityManager entityManager;

    TextSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A block that matched, with the match in its context; {@code inText} false when only its OCR original matched. */
    public record Hit(BlockKind kind, UUID id, UUID articleId, String articleTitle, UUID pageId, String printedNumber,
            String status, boolean inText, String before, String match, String after) {

        public String kindName() {
            return kind.name().toLowerCase();
        }
    }

    public record Results(List<Hit> hits, boolean more) {
    }

    public Results find(String query, int limit) {
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT b.kind, b.id, b.article_id, a.title, b.page_id, p.printed_number, b.status, b.text, b.ocr_original
                FROM (SELECT 'section' AS kind, id, article_id, page_id, status, text, ocr_original FROM section
                      UNION ALL SELECT 'footnote', id, article_id, page_id, status, text, ocr_original FROM footnote
                      UNION ALL SELECT 'abstract', id, article_id, page_id, status, text, ocr_original FROM article_abstract) b
                JOIN article a ON a.id = b.article_id LEFT JOIN page p ON p.id = b.page_id
                WHERE b.text ILIKE :like ESCAPE '\\' OR b.ocr_original ILIKE :like ESCAPE '\\'
                ORDER BY a.title, a.id, p.sequence NULLS LAST, b.kind, b.id
                LIMIT :limit""")
                .setParameter("like", like)
                .setParameter("limit", limit + 1)
                .getResultList();
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            String text = (String) row[7];
            int at = indexOf(text, query);
            boolean inText = at >= 0;
            String shown = inText ? text : (String) row[8];
            if (!inText) {
                at = Math.max(0, indexOf(shown, query));
            }
            int end = Math.min(shown.length(), at + query.length());
            hits.add(new Hit(BlockKind.fromString((String) row[0]), (UUID) row[1], (UUID) row[2], (String) row[3],
                    (UUID) row[4], (String) row[5], (String) row[6], inText, shown.substring(Math.max(0, at - CONTEXT), at),
                    shown.substring(at, end), shown.substring(end, Math.min(shown.length(), end + CONTEXT))));
        }
        return new Results(hits, rows.size() > limit);
    }

    /** Where the query starts in the text, ignoring case as ILIKE does; -1 if it is not there. */
    private static int indexOf(String text, String query) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
