package org.emend.imports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.jobs.JobTask;
import org.emend.jobs.TaskHandler;
import org.emend.ocr.engine.Tesseract;
import org.emend.pdf.PdfPages;
import org.emend.persistence.Ids;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * OCRs a page of an imported PDF whose text layer is garbled or missing: the page rendered at
 * 300 dpi, read by Tesseract in the languages of its article (Chinese with English notes:
 * {@code chi_sim+eng}), and kept as an OCR run of the page. The page's OCR original, what the PDF
 * said, stays as it is.
 */
@ApplicationScoped
public class PdfOcr implements TaskHandler {

    static final String KIND = "pdf-ocr";
    /** The garble score from which a text layer is not worth correcting by hand. */
    static final double GARBLED = 0.5;

    private final SourcePdfs pdfs;
    private final Tesseract tesseract;
    private final EntityManager entityManager;

    PdfOcr(SourcePdfs pdfs, Tesseract tesseract, EntityManager entityManager) {
        this.pdfs = pdfs;
        this.tesseract = tesseract;
        this.entityManager = entityManager;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The engine's languages for an article's language: Chinese pages carry English notes and abstracts. */
    static List<String> languagesFor(String language) {
        if (language != null && language.startsWith("zh")) {
            return language.contains("Hant") || language.contains("TW") || language.contains("HK")
                    ? List.of("chi_tra", "eng")
                    : List.of("chi_sim", "eng");
        }
        return List.of("eng");
    }

    @Override
    public void run(JobTask task) throws Exception {
        Object[] page = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                SELECT p.sequence, a.language FROM page p JOIN article a ON a.id = p.article_id WHERE p.id = :page""")
                .setParameter("page", task.targetId()).getResultStream().findFirst().orElse(null));
        if (page == null) {
            throw new IllegalStateException("No page with id " + task.targetId());
        }
        int index = ((Number) page[0]).intValue() - 1;
        byte[] image = pdfs.of(task.subjectId()).png(index, PdfPages.OCR_DPI);
        Tesseract.Run run = tesseract.read(image, languagesFor((String) page[1]));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                """
                        INSERT INTO ocr_run (id, page_id, job_id, engine, engine_version, languages, settings, mean_confidence, text, hocr)
                        VALUES (:id, :page, :job, :engine, :version, :languages, :settings, :confidence, :text, :hocr)""")
                .setParameter("id", Ids.next()).setParameter("page", task.targetId()).setParameter("job", task.jobId())
                .setParameter("engine", Tesseract.ENGINE).setParameter("version", run.version())
                .setParameter("languages", run.languages())
                .setParameter("settings", Tesseract.SETTINGS + ", " + (int) PdfPages.OCR_DPI + " dpi")
                .setParameter("confidence",
                        run.page().meanConfidence() == null ? null : run.page().meanConfidence().floatValue())
                .setParameter("text", run.page().text()).setParameter("hocr", run.hocr()).executeUpdate());
    }

    /** Whether a page's text layer needs OCR: missing, or garbled beyond use. */
    static boolean needsOcr(String textLayer, Double garbleScore) {
        return textLayer == null || textLayer.isBlank() || (garbleScore != null && garbleScore >= GARBLED);
    }

}
