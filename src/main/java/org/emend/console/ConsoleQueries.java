package org.emend.console;

import java.time.Instant;
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
import org.emend.persistence.Rows;

/**
 * The console's read models: progress per issue and per article, and the worklist of the
 * most garbled blocks and pages. Each is one SQL query over blocks of every kind (the {@code block}
 * view).
 */
@ApplicationScoped
public class ConsoleQueries {

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

    /** How many blocks of one issue's or article's ({@code owner}) have one status. */
    private record StatusCount(UUID owner, String status, long blocks, Double meanGarble, Instant lastEdited) {
    }

    /** A journal with one of its issues, or with none ({@code issueId} null). */
    private record JournalIssue(UUID journalId, String title, String englishTitle, UUID issueId, Integer year,
            String volume, String number, long articles) {
    }

    private record ArticleListed(UUID id, String title, String englishTitle, boolean abstractOnly, long pages) {
    }

    /** Every journal with its issues, each issue's progress summed over its articles. */
    public List<JournalRow> journals() {
        Map<UUID, Progress> progress = progress(entityManager.createNativeQuery("""
                SELECT a.issue_id AS owner, b.status, count(*) AS blocks, avg(b.garble_score) AS mean_garble,
                       max(b.updated_at) AS last_edited
                FROM block b JOIN article a ON a.id = b.article_id GROUP BY a.issue_id, b.status"""));
        Map<UUID, JournalRow> journals = new LinkedHashMap<>();
        for (JournalIssue row : Rows.list(entityManager.createNativeQuery("""
                SELECT j.id AS journal_id, j.title, j.english_title, i.id AS issue_id, i.year, i.volume, i.number,
                       (SELECT count(*) FROM article a WHERE a.issue_id = i.id) AS articles
                FROM journal j LEFT JOIN issue i ON i.journal_id = j.id
                ORDER BY j.title, j.id, i.year DESC, i.volume DESC NULLS LAST, i.number DESC NULLS LAST"""),
                JournalIssue.class)) {
            JournalRow journal = journals.computeIfAbsent(row.journalId(),
                    id -> new JournalRow(id, row.title(), row.englishTitle(), new ArrayList<>()));
            if (row.issueId() != null) {
                journal.issues().add(new IssueRow(row.issueId(), journal.id(), issueLabel(row.year(), row.volume(),
                        row.number()), row.articles(), progress.getOrDefault(row.issueId(), Progress.NONE)));
            }
        }
        return new ArrayList<>(journals.values());
    }

    /** The articles of an issue, with their progress. */
    public List<ArticleRow> articles(UUID issueId) {
        Map<UUID, Progress> progress = progress(entityManager.createNativeQuery("""
                SELECT b.article_id AS owner, b.status, count(*) AS blocks, avg(b.garble_score) AS mean_garble,
                       max(b.updated_at) AS last_edited
                FROM block b JOIN article a ON a.id = b.article_id WHERE a.issue_id = :issue
                GROUP BY b.article_id, b.status""").setParameter("issue", issueId));
        Query listing = entityManager.createNativeQuery("""
                SELECT a.id, a.title, a.english_title, a.abstract_only,
                       (SELECT count(*) FROM page p WHERE p.article_id = a.id) AS pages
                FROM article a WHERE a.issue_id = :issue ORDER BY a.abstract_only, a.first_page NULLS LAST, a.id""")
                .setParameter("issue", issueId);
        return Rows.list(listing, ArticleListed.class).stream()
                .map(row -> new ArticleRow(row.id(), row.title(), row.englishTitle(), row.abstractOnly(), row.pages(),
                        progress.getOrDefault(row.id(), Progress.NONE)))
                .toList();
    }

    /** The most garbled blocks, optionally of one issue and with one status. */
    public List<WorkItem> worklist(UUID issueId, String status, int limit) {
        Query query = entityManager
                .createNativeQuery(
                        """
                                SELECT b.kind, b.id, b.article_id, a.title AS article_title, b.page_id, p.printed_number, b.garble_score, b.status, left(b.text, 140) AS excerpt
                                FROM block b JOIN article a ON a.id = b.article_id LEFT JOIN page p ON p.id = b.page_id
                                WHERE (CAST(:issue AS uuid) IS NULL OR a.issue_id = CAST(:issue AS uuid))
                                  AND (CAST(:status AS text) IS NULL OR b.status = CAST(:status AS text))
                                ORDER BY b.garble_score DESC NULLS LAST, b.id LIMIT :limit""")
                .setParameter("issue", issueId == null ? null : issueId.toString())
                .setParameter("status", status)
                .setParameter("limit", limit);
        return Rows.list(query, WorkItem.class);
    }

    /** The most garbled pages, optionally of one issue. */
    public List<PageItem> garbledPages(UUID issueId, int limit) {
        Query query = entityManager.createNativeQuery("""
                SELECT p.id AS page_id, a.title AS article_title, p.sequence, p.printed_number, p.garble_score
                FROM page p JOIN article a ON a.id = p.article_id
                WHERE CAST(:issue AS uuid) IS NULL OR a.issue_id = CAST(:issue AS uuid)
                ORDER BY p.garble_score DESC NULLS LAST, p.id LIMIT :limit""")
                .setParameter("issue", issueId == null ? null : issueId.toString())
                .setParameter("limit", limit);
        return Rows.list(query, PageItem.class);
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
                                  AND EXISTS (SELECT 1 FROM block b WHERE b.page_id = o.id AND b.status = 'raw')
                                ORDER BY o.position <= here.position, o.position LIMIT 1""")
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

    /** Each owner's progress, from its blocks counted by status. */
    private static Map<UUID, Progress> progress(Query byStatus) {
        Map<UUID, Progress> progress = new HashMap<>();
        for (StatusCount row : Rows.list(byStatus, StatusCount.class)) {
            progress.merge(row.owner(), Progress.NONE.plus(row.status(), row.blocks(), row.meanGarble(), row.lastEdited()),
                    ConsoleQueries::combine);
        }
        return progress;
    }
}
