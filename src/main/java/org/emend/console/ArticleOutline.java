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

    /** A page row: its blocks counted by kind and by status, whether it has a scan. */
    public record PageRow(UUID id, int sequence, String printedNumber, int garble, long sections, long footnotes,
            long abstracts, boolean scanned, long raw, long corrected) {

        /** Where correction stands on the page, as ProofreadPage colours it: the least advanced block decides. */
        public String status() {
            return sections + footnotes + abstracts == 0 ? "empty" : raw > 0 ? "raw" : corrected > 0 ? "corrected" : "verified";
        }

        public String name() {
            return printedNumber != null ? "p. " + printedNumber : "page " + sequence;
        }
    }

    /** A section with the pages it continues on: its first block, then each continuation's page and score. */
    public record SectionRow(UUID id, UUID pageId, String status, String label, int level, int garble,
            String pageNumber, List<Continuation> continuations) {
    }

    /** Where a section goes on: a block on a later page. */
    public record Continuation(UUID id, UUID pageId, String pageNumber, String status, int garble) {
    }

    /** A block in a line: where it is, its status, and a label (heading, marker or language) with an excerpt. */
    public record BlockRow(UUID id, UUID pageId, String status, String label, String detail, String language,
            boolean flagged) {
    }

    public record Outline(List<PageRow> pages, List<SectionRow> sections, List<BlockRow> footnotes, List<BlockRow> abstracts) {
    }

    public Outline of(UUID articleId) {
        List<PageRow> pages = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT p.id, p.sequence, p.printed_number, p.garble_score,
                       (SELECT count(*) FROM section s WHERE s.page_id = p.id),
                       (SELECT count(*) FROM footnote f WHERE f.page_id = p.id),
                       (SELECT count(*) FROM article_abstract a WHERE a.page_id = p.id),
                       EXISTS (SELECT 1 FROM page_image i WHERE i.page_id = p.id),
                       (SELECT count(*) FROM (SELECT status FROM section WHERE page_id = p.id
                                              UNION ALL SELECT status FROM footnote WHERE page_id = p.id
                                              UNION ALL SELECT status FROM article_abstract WHERE page_id = p.id) b
                        WHERE b.status = 'raw'),
                       (SELECT count(*) FROM (SELECT status FROM section WHERE page_id = p.id
                                              UNION ALL SELECT status FROM footnote WHERE page_id = p.id
                                              UNION ALL SELECT status FROM article_abstract WHERE page_id = p.id) b
                        WHERE b.status = 'corrected')
                FROM page p WHERE p.article_id = :article ORDER BY p.sequence""", articleId)) {
            pages.add(new PageRow((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], percent(row[3]),
                    ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), ((Number) row[6]).longValue(),
                    (Boolean) row[7], ((Number) row[8]).longValue(), ((Number) row[9]).longValue()));
        }
        List<SectionRow> sections = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT s.id, s.page_id, s.status, s.heading, s.level, s.continues_previous, s.garble_score,
                       coalesce(p.printed_number, CAST(p.sequence AS text)), left(s.text, 40)
                FROM section s LEFT JOIN page p ON p.id = s.page_id
                WHERE s.article_id = :article ORDER BY s.ordinal""", articleId)) {
            boolean continued = (Boolean) row[5];
            if (continued && !sections.isEmpty()) {
                sections.get(sections.size() - 1).continuations().add(new Continuation((UUID) row[0], (UUID) row[1],
                        (String) row[7], (String) row[2], percent(row[6])));
                continue;
            }
            String label = row[3] != null ? (String) row[3] : TextExtensions.excerpt((String) row[8], 30);
            sections.add(new SectionRow((UUID) row[0], (UUID) row[1], (String) row[2], label, ((Number) row[4]).intValue(),
                    percent(row[6]), (String) row[7], new ArrayList<>()));
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
