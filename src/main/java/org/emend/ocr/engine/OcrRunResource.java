package org.emend.ocr.engine;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.persistence.NativeValues;
import org.emend.web.ProblemException;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/pages/{id}/ocr-runs")
@Tag(name = "Pages", description = "Printed pages as OCR'd, with their furniture")
public class OcrRunResource {

    private final EntityManager entityManager;

    OcrRunResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Operation(summary = "The OCR runs of a page, newest first: engine, languages, confidence, and the text line by line")
    @SuppressWarnings("unchecked")
    public List<OcrRunView> list(@RestPath UUID id) {
        if (((Number) entityManager.createNativeQuery("SELECT count(*) FROM page WHERE id = :id").setParameter("id", id)
                .getSingleResult()).longValue() == 0) {
            throw ProblemException.notFound("page", id);
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, page_id, job_id, engine, engine_version, languages, settings, mean_confidence, text, hocr, created_at
                FROM ocr_run WHERE page_id = :id ORDER BY created_at DESC, id DESC""").setParameter("id", id).getResultList();
        return rows.stream().map(row -> new OcrRunView((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], row[7] == null ? null : ((Number) row[7]).doubleValue(),
                (String) row[8], Hocr.read((String) row[9]).lines(), NativeValues.instant(row[10]))).toList();
    }

}
