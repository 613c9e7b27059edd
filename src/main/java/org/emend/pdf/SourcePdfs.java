package org.emend.pdf;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The PDFs imports came from, opened for the background tasks that render or OCR their pages.
 * Each worker thread keeps the last one it opened, since a job's pages come one after another.
 */
@ApplicationScoped
public class SourcePdfs {

    private final EntityManager entityManager;
    private final ThreadLocal<Opened> opened = new ThreadLocal<>();

    /** The PDF a worker has open, and the import it came with. */
    private record Opened(UUID importId, PdfPages pdf) {
    }

    SourcePdfs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public PdfPages of(UUID importId) {
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
