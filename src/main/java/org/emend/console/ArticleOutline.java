package org.emend.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * An article's structure for its console page: pages with their blocks counted, and each
 * section, footnote and abstract in a line. Four queries, whatever the article's size, and no
 * full texts read.
 */
@ApplicationScoped
public class ArticleOutline {

    private static final int EXCERPT = 110;

    private final EntityManager entityManager;

    ArticleOutline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page row: its blocks counted by kind, whether it has a scan. */
    public record PageRow(UUID id, int sequence, String printedNumber, int garble, long sections, long footnotes,
            long abstracts, boolean scanned) {
    }

    /** A block in a line: where it is, its status, and a label (heading, marker or language) with an excerpt. */
    public record BlockRow(UUID id, UUID pageId, String status, String label, String detail, String language,
            boolean flagged) {
    }

    public record Outline(List<PageRow> pages, List<BlockRow> sections, List<BlockRow> footnotes, List<BlockRow> abstracts) {
    }

    public Outline of(UUID articleId) {
        List<PageRow> pages = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT p.id, p.sequence, p.printed_number, p.garble_score,
                       (SELECT count(*) FROM section s WHERE s.page_id = p.id),
                       (SELECT count(*) FROM footnote f WHERE f.page_id = p.id),
                       (SELECT count(*) FROM article_abstract a WHERE a.page_id = p.id),
                       EXISTS (SELECT 1 FROM page_image i WHERE i.page_id = p.id)
                FROM page p WHERE p.article_id = :article ORDER BY p.sequence""", articleId)) {
            pages.add(new PageRow((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], percent(row[3]),
                    ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), ((Number) row[6]).longValue(),
                    (Boolean) row[7]));
        }
        List<BlockRow> sections = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT id, page_id, status, heading, level, continues_previous FROM section
                WHERE article_id = :article ORDER BY ordinal""", articleId)) {
            String heading = row[3] != null ? (String) row[3] : (Boolean) row[5] ? "(continued)" : "(no heading)";
            sections.add(new BlockRow((UUID) row[0], (UUID) row[1], (String) row[2], heading, "level " + row[4], null,
                    false));
        }
        List<BlockRow> footnotes = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT id, page_id, status, coalesce(marker, '·'), left(text, %d), language FROM footnote
                WHERE article_id = :article ORDER BY ordinal""".formatted(EXCERPT + 1), articleId)) {
            footnotes.add(new BlockRow((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    TextExtensions.excerpt((String) row[4], EXCERPT), (String) row[5], false));
        }
        List<BlockRow> abstracts = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT id, page_id, status, language, coalesce(title, ''), incomplete FROM article_abstract
                WHERE article_id = :article ORDER BY language, id""", articleId)) {
            abstracts.add(new BlockRow((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[3], (Boolean) row[5]));
        }
        return new Outline(pages, sections, footnotes, abstracts);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID articleId) {
        return entityManager.createNativeQuery(sql).setParameter("article", articleId).getResultList();
    }

    private static int percent(Object score) {
        return score == null ? -1 : (int) Math.round(((Number) score).doubleValue() * 100);
    }
}
