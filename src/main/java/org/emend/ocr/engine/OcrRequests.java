package org.emend.ocr.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.emend.failure.Failure;
import org.emend.jobs.JobQueue;
import org.emend.persistence.Rows;

/**
 * Pages read again on demand (from the API or the page editor): a page, some or all pages of an
 * article, or every page of an issue; each request one job, a task per page.
 */
@ApplicationScoped
public class OcrRequests {

    private final EntityManager entityManager;
    private final JobQueue jobs;

    OcrRequests(EntityManager entityManager, JobQueue jobs) {
        this.entityManager = entityManager;
        this.jobs = jobs;
    }

    /** What a page can be read from: its scan, the PDF it came from. */
    private record PageSources(boolean scanned, boolean fromPdf) {
    }

    /**
     * Queues the reading of a page, in these languages (none: its article's); the job's id. A page
     * with neither the PDF it came from nor a scan cannot be read (409).
     */
    @Transactional
    public UUID queue(UUID pageId, List<String> languages, String by) {
        PageSources page = Rows.list(entityManager.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM page_image i WHERE i.page_id = p.id) AS scanned,
                       EXISTS (SELECT 1 FROM source_file f JOIN article a ON a.import_id = f.import_id
                               WHERE a.id = p.article_id) AS from_pdf
                FROM page p WHERE p.id = :id""").setParameter("id", pageId), PageSources.class).stream().findFirst()
                .orElse(null);
        if (page == null) {
            throw Failure.notFound("page", pageId);
        }
        if (!page.scanned() && !page.fromPdf()) {
            throw Failure.conflict("This page has neither a PDF nor a scan to read: upload its scan first");
        }
        return jobs.enqueue(PageOcr.KIND, pageId, List.of(pageId), by, options(languages));
    }

    /**
     * Queues the reading of an article's pages ({@code pageIds}, or all when empty) that have a PDF
     * or a scan; the job follows the article's import, so the article's page shows its progress.
     */
    @Transactional
    public UUID queueArticle(UUID articleId, List<UUID> pageIds, List<String> languages, String by) {
        List<?> subject = entityManager.createNativeQuery("SELECT coalesce(import_id, id) FROM article WHERE id = :id")
                .setParameter("id", articleId).getResultList();
        if (subject.isEmpty()) {
            throw Failure.notFound("article", articleId);
        }
        List<UUID> pages = readable("p.article_id = :scope", articleId);
        if (!pageIds.isEmpty()) {
            List<UUID> unknown = pageIds.stream().filter(id -> !pages.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw Failure.invalid("pageIds", "page " + unknown.get(0)
                        + " is not a page of this article with a PDF or a scan to read");
            }
            pages.retainAll(pageIds);
        }
        return queueAll((UUID) subject.get(0), pages, languages, by, "This article has no page with a PDF or a scan to read");
    }

    /** Queues the reading of every page with a PDF or a scan in an issue's articles. */
    @Transactional
    public UUID queueIssue(UUID issueId, List<String> languages, String by) {
        if (entityManager.createNativeQuery("SELECT 1 FROM issue WHERE id = :id").setParameter("id", issueId).getResultList()
                .isEmpty()) {
            throw Failure.notFound("issue", issueId);
        }
        return queueAll(issueId, readable("a.issue_id = :scope", issueId), languages, by,
                "This issue has no page with a PDF or a scan to read");
    }

    private UUID queueAll(UUID subject, List<UUID> pages, List<String> languages, String by, String none) {
        if (pages.isEmpty()) {
            throw Failure.conflict(none);
        }
        return jobs.enqueue(PageOcr.KIND, subject, pages, by, options(languages));
    }

    /** The pages in a scope that can be read: with a scan, or from a PDF; in reading order. */
    @SuppressWarnings("unchecked")
    private List<UUID> readable(String scope, UUID id) {
        return new ArrayList<>(entityManager.createNativeQuery("""
                SELECT p.id FROM page p JOIN article a ON a.id = p.article_id
                WHERE %s AND (EXISTS (SELECT 1 FROM page_image i WHERE i.page_id = p.id)
                              OR EXISTS (SELECT 1 FROM source_file f WHERE f.import_id = a.import_id))
                ORDER BY a.first_page NULLS LAST, a.id, p.sequence""".formatted(scope)).setParameter("scope", id)
                .getResultList());
    }

    private static Map<String, String> options(List<String> languages) {
        return languages.isEmpty() ? Map.of() : Map.of(PageOcr.LANGUAGES, String.join("+", languages));
    }
}
