package org.emend.ocr.engine;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.emend.jobs.JobQueue;
import org.emend.web.ProblemException;

/** Pages read again on demand (from the API or the page editor): each request a job of one task. */
@ApplicationScoped
public class OcrRequests {

    private final EntityManager entityManager;
    private final JobQueue jobs;

    OcrRequests(EntityManager entityManager, JobQueue jobs) {
        this.entityManager = entityManager;
        this.jobs = jobs;
    }

    /**
     * Queues the reading of a page, in these languages (none: its article's); the job's id. A page
     * with neither the PDF it came from nor a scan cannot be read (409).
     */
    @Transactional
    public UUID queue(UUID pageId, List<String> languages, String by) {
        Object[] page = (Object[]) entityManager
                .createNativeQuery(
                        """
                                SELECT EXISTS (SELECT 1 FROM page_image i WHERE i.page_id = p.id),
                                       EXISTS (SELECT 1 FROM source_file f JOIN article a ON a.import_id = f.import_id WHERE a.id = p.article_id)
                                FROM page p WHERE p.id = :id""")
                .setParameter("id", pageId).getResultStream().findFirst().orElse(null);
        if (page == null) {
            throw ProblemException.notFound("page", pageId);
        }
        if (!Boolean.TRUE.equals(page[0]) && !Boolean.TRUE.equals(page[1])) {
            throw ProblemException.conflict("This page has neither a PDF nor a scan to read: upload its scan first");
        }
        return jobs.enqueue(PageOcr.KIND, pageId, List.of(pageId), by,
                languages.isEmpty() ? Map.of() : Map.of(PageOcr.LANGUAGES, String.join("+", languages)));
    }
}
