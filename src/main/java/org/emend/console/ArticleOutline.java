package org.emend.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.persistence.Rows;

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

    /** A section's row as read, before continuations are folded into the section they go on. */
    private record SectionFound(UUID id, UUID pageId, String status, String heading, int level, boolean continuesPrevious,
            int garble, String pageNumber, String opening) {
    }

    public Outline of(UUID articleId) {
        List<PageRow> pages = rows("""
                SELECT p.id, p.sequence, p.printed_number, %s AS garble, c.sections, c.footnotes, c.abstracts,
                       EXISTS (SELECT 1 FROM page_image i WHERE i.page_id = p.id) AS scanned, c.raw, c.corrected
                FROM page p CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE b.kind = 'section') AS sections,
                           count(*) FILTER (WHERE b.kind = 'footnote') AS footnotes,
                           count(*) FILTER (WHERE b.kind = 'abstract') AS abstracts,
                           count(*) FILTER (WHERE b.status = 'raw') AS raw,
                           count(*) FILTER (WHERE b.status = 'corrected') AS corrected
                    FROM block b WHERE b.page_id = p.id) c
                WHERE p.article_id = :article ORDER BY p.sequence""".formatted(percent("p.garble_score")),
                articleId, PageRow.class);
        List<SectionRow> sections = new ArrayList<>();
        for (SectionFound row : rows("""
                SELECT s.id, s.page_id, s.status, s.heading, s.level, s.continues_previous, %s AS garble,
                       coalesce(p.printed_number, CAST(p.sequence AS text)) AS page_number, left(s.text, 40) AS opening
                FROM section s LEFT JOIN page p ON p.id = s.page_id
                WHERE s.article_id = :article ORDER BY s.ordinal""".formatted(percent("s.garble_score")), articleId,
                SectionFound.class)) {
            if (row.continuesPrevious() && !sections.isEmpty()) {
                sections.get(sections.size() - 1).continuations()
                        .add(new Continuation(row.id(), row.pageId(), row.pageNumber(), row.status(), row.garble()));
                continue;
            }
            String label = row.heading() != null ? row.heading() : TextExtensions.excerpt(row.opening(), 30);
            sections.add(new SectionRow(row.id(), row.pageId(), row.status(), label, row.level(), row.garble(),
                    row.pageNumber(), new ArrayList<>()));
        }
        List<BlockRow> footnotes = rows("""
                SELECT id, page_id, status, coalesce(marker, '·') AS label, left(text, %d) AS detail, language,
                       false AS flagged
                FROM footnote WHERE article_id = :article ORDER BY ordinal""".formatted(EXCERPT + 1), articleId,
                BlockRow.class).stream()
                .map(row -> new BlockRow(row.id(), row.pageId(), row.status(), row.label(),
                        TextExtensions.excerpt(row.detail(), EXCERPT), row.language(), row.flagged()))
                .toList();
        List<BlockRow> abstracts = rows("""
                SELECT id, page_id, status, language AS label, coalesce(title, '') AS detail, language,
                       incomplete AS flagged
                FROM article_abstract WHERE article_id = :article ORDER BY language, id""", articleId, BlockRow.class);
        return new Outline(pages, sections, footnotes, abstracts);
    }

    private <R extends Record> List<R> rows(String sql, UUID articleId, Class<R> type) {
        return Rows.list(entityManager.createNativeQuery(sql).setParameter("article", articleId), type);
    }

    /** A garble score as a whole percentage, -1 for none. */
    private static String percent(String score) {
        return "coalesce(CAST(round(CAST(" + score + " AS numeric) * 100) AS integer), -1)";
    }
}
