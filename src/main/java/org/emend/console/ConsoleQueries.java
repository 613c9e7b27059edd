package org.emend.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.emend.block.BlockKind;

/**
 * The console's read models: progress per issue and per article, and the worklist of the
 * most garbled blocks and pages. Each is one SQL query over all three kinds of block.
 */
@ApplicationScoped
public class ConsoleQueries {

    private static final String BLOCKS = """
            (SELECT 'section' AS kind, id, article_id, page_id, status, garble_score, updated_at, text FROM section
             UNION ALL SELECT 'footnote', id, article_id, page_id, status, garble_score, updated_at, text FROM footnote
             UNION ALL SELECT 'abstract', id, article_id, page_id, status, garble_score, updated_at, text FROM article_abstract)""";

    private final EntityManager entityManager;

    ConsoleQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record IssueRow(UUID id, UUID journalId, String label, long articles, Progress progress) {
    }

    public record JournalRow(UUID id, String title, String englishTitle, List<IssueRow> issues) {
    }

    public record ArticleRow(UUID id, String title, String englishTitle, boolean abstractOnly, long pages, Progress progress) {
    }

    public record WorkItem(BlockKind kind, UUID id, UUID articleId, String articleTitle, UUID pageId, String printedNumber,
            Double garbleScore, String status, String excerpt) {

        public int garblePercent() {
            return garbleScore == null ? -1 : (int) Math.round(garbleScore * 100);
        }
    }

    public record PageItem(UUID pageId, String articleTitle, int sequence, String printedNumber, Double garbleScore) {

        public int garblePercent() {
            return garbleScore == null ? -1 : (int) Math.round(garbleScore * 100);
        }
    }

    /** Every journal with its issues, each issue's progress summed over its articles. */
    public List<JournalRow> journals() {
        Map<UUID, Progress> progress = new HashMap<>();
        for (Object[] row : rows("""
                SELECT a.issue_id, b.status, count(*), avg(b.garble_score), max(b.updated_at)
                FROM %s b JOIN article a ON a.id = b.article_id GROUP BY a.issue_id, b.status""".formatted(BLOCKS))) {
            progress.merge((UUID) row[0], Progress.NONE.plus((String) row[1], count(row[2]), decimal(row[3]), instant(row[4])),
                    ConsoleQueries::combine);
        }
        Map<UUID, JournalRow> journals = new LinkedHashMap<>();
        for (Object[] row : rows("""
                SELECT j.id, j.title, j.english_title, i.id, i.year, i.volume, i.number,
                       (SELECT count(*) FROM article a WHERE a.issue_id = i.id)
                FROM journal j LEFT JOIN issue i ON i.journal_id = j.id
                ORDER BY j.title, j.id, i.year DESC, i.volume DESC NULLS LAST, i.number DESC NULLS LAST""")) {
            JournalRow journal = journals.computeIfAbsent((UUID) row[0],
                    id -> new JournalRow(id, (String) row[1], (String) row[2], new ArrayList<>()));
            if (row[3] != null) {
                UUID issue = (UUID) row[3];
                journal.issues().add(new IssueRow(issue, journal.id(), issueLabel(row[4], row[5], row[6]), count(row[7]),
                        progress.getOrDefault(issue, Progress.NONE)));
            }
        }
        return new ArrayList<>(journals.values());
    }

    /** The articles of an issue, with their progress. */
    public List<ArticleRow> articles(UUID issueId) {
        Map<UUID, Progress> progress = new HashMap<>();
        Query query = entityManager.createNativeQuery("""
                SELECT b.article_id, b.status, count(*), avg(b.garble_score), max(b.updated_at)
                FROM %s b JOIN article a ON a.id = b.article_id WHERE a.issue_id = :issue
                GROUP BY b.article_id, b.status""".formatted(BLOCKS)).setParameter("issue", issueId);
        for (Object[] row : rows(query)) {
            progress.merge((UUID) row[0], Progress.NONE.plus((String) row[1], count(row[2]), decimal(row[3]), instant(row[4])),
                    ConsoleQueries::combine);
        }
        List<ArticleRow> articles = new ArrayList<>();
        Query listing = entityManager.createNativeQuery("""
                SELECT a.id, a.title, a.english_title, a.abstract_only, (SELECT count(*) FROM page p WHERE p.article_id = a.id)
                FROM article a WHERE a.issue_id = :issue ORDER BY a.abstract_only, a.first_page NULLS LAST, a.id""")
                .setParameter("issue", issueId);
        for (Object[] row : rows(listing)) {
            UUID id = (UUID) row[0];
            articles.add(new ArticleRow(id, (String) row[1], (String) row[2], (Boolean) row[3], count(row[4]),
                    progress.getOrDefault(id, Progress.NONE)));
        }
        return articles;
    }

    /** The most garbled blocks, optionally of one issue and with one status. */
    public List<WorkItem> worklist(UUID issueId, String status, int limit) {
        Query query = entityManager
                .createNativeQuery(
                        """
                                SELECT b.kind, b.id, b.article_id, a.title, b.page_id, p.printed_number, b.garble_score, b.status, left(b.text, 140)
                                FROM %s b JOIN article a ON a.id = b.article_id LEFT JOIN page p ON p.id = b.page_id
                                WHERE (CAST(:issue AS uuid) IS NULL OR a.issue_id = CAST(:issue AS uuid))
                                  AND (CAST(:status AS text) IS NULL OR b.status = CAST(:status AS text))
                                ORDER BY b.garble_score DESC NULLS LAST, b.id LIMIT :limit"""
                                .formatted(BLOCKS))
                .setParameter("issue", issueId == null ? null : issueId.toString())
                .setParameter("status", status)
                .setParameter("limit", limit);
        List<WorkItem> items = new ArrayList<>();
        for (Object[] row : rows(query)) {
            items.add(new WorkItem(BlockKind.valueOf(((String) row[0]).toUpperCase()), (UUID) row[1], (UUID) row[2],
                    (String) row[3], (UUID) row[4], (String) row[5], decimal(row[6]), (String) row[7], (String) row[8]));
        }
        return items;
    }

    /** The most garbled pages, optionally of one issue. */
    public List<PageItem> garbledPages(UUID issueId, int limit) {
        Query query = entityManager.createNativeQuery("""
                SELECT p.id, a.title, p.sequence, p.printed_number, p.garble_score
                FROM page p JOIN article a ON a.id = p.article_id
                WHERE CAST(:issue AS uuid) IS NULL OR a.issue_id = CAST(:issue AS uuid)
                ORDER BY p.garble_score DESC NULLS LAST, p.id LIMIT :limit""")
                .setParameter("issue", issueId == null ? null : issueId.toString())
                .setParameter("limit", limit);
        List<PageItem> pages = new ArrayList<>();
        for (Object[] row : rows(query)) {
            pages.add(new PageItem((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(), (String) row[3],
                    decimal(row[4])));
        }
        return pages;
    }

    /**
     * The page to correct after {@code current}, for "save and go to the next page": the first
     * page after it, in the issue's reading order (its article's later pages, then the next
     * articles'), that still has a raw block, then from the issue's start; never a page in
     * {@code left} (those the editor has just left). {@code null} when none is left.
     */
    public UUID nextPageToCorrect(UUID current, Collection<UUID> left) {
        List<?> ids = entityManager
                .createNativeQuery(
                        """
                                WITH ordered AS (
                                    SELECT p.id, row_number() OVER (ORDER BY a.abstract_only, a.first_page NULLS LAST, a.id, p.sequence) AS position
                                    FROM page p JOIN article a ON a.id = p.article_id
                                    WHERE a.issue_id = (SELECT a2.issue_id FROM page p2 JOIN article a2 ON a2.id = p2.article_id
                                                        WHERE p2.id = :current))
                                SELECT o.id FROM ordered o, ordered here
                                WHERE here.id = :current AND o.id <> :current
                                  AND NOT (o.id = ANY (CAST(string_to_array(:left, ',') AS uuid[])))
                                  AND EXISTS (SELECT 1 FROM %s b WHERE b.page_id = o.id AND b.status = 'raw')
                                ORDER BY o.position <= here.position, o.position LIMIT 1"""
                                .formatted(BLOCKS))
                .setParameter("current", current)
                .setParameter("left", String.join(",", left.stream().map(UUID::toString).toList()))
                .getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    private static Progress combine(Progress a, Progress b) {
        Progress sum = a;
        if (b.raw() > 0) {
            sum = sum.plus("raw", b.raw(), b.meanGarble(), b.lastEdited());
        }
        if (b.corrected() > 0) {
            sum = sum.plus("corrected", b.corrected(), b.meanGarble(), b.lastEdited());
        }
        if (b.verified() > 0) {
            sum = sum.plus("verified", b.verified(), b.meanGarble(), b.lastEdited());
        }
        return sum;
    }

    static String issueLabel(Object year, Object volume, Object number) {
        return year + (volume == null ? "" : ", vol. " + volume) + (number == null ? "" : ", no. " + number);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }
}
