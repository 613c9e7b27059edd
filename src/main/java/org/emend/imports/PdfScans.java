package org.emend.imports;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.images.ImageService;
import org.emend.jobs.JobTask;
import org.emend.jobs.TaskHandler;
import org.emend.pdf.PdfPages;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Renders an imported PDF's pages as their scans, a task a page. Each worker keeps the last PDF
 * it opened, since a job's pages come one after another.
 */
@ApplicationScoped
public class PdfScans implements TaskHandler {

    static final String KIND = "pdf-scans";

    private final EntityManager entityManager;
    private final ImageService images;
    private final ThreadLocal<Opened> opened = new ThreadLocal<>();

    /** The PDF a worker has open, and the import it came with. */
    private record Opened(UUID importId, PdfPages pdf) {
    }

    PdfScans(EntityManager entityManager, ImageService images) {
        this.entityManager = entityManager;
        this.images = images;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobTask task) {
        images.store(task.targetId(), pdf(task.subjectId()).png(task.seq()));
    }

    private PdfPages pdf(UUID importId) {
        Opened current = opened.get();
        if (current != null && current.importId().equals(importId)) {
            return current.pdf();
        }
        if (current != null) {
            current.pdf().close();
            opened.remove();
        }
        byte[] bytes = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("SELECT content FROM source_file WHERE import_id = :import").setParameter("import", importId)
                .getResultStream().findFirst().orElse(null));
        if (bytes == null) {
            throw new IllegalStateException("The PDF of import " + importId + " is gone (the import was deleted or replaced)");
        }
        PdfPages pdf = PdfPages.open(bytes, Integer.MAX_VALUE);
        opened.set(new Opened(importId, pdf));
        return pdf;
    }
}
