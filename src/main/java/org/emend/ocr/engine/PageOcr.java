package org.emend.ocr.engine;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.draft.OcrDrafts;
import org.emend.jobs.JobTask;
import org.emend.jobs.TaskHandler;
import org.emend.pdf.PdfPages;
import org.emend.pdf.SourcePdfs;
import org.emend.persistence.Ids;
import org.emend.persistence.Rows;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * OCRs a page: rendered at 300 dpi from the PDF it was imported from, or else its scan as
 * uploaded; read by Tesseract in the languages the job names, or those of its article (Chinese
 * with English notes: {@code chi_sim+eng}); kept as an OCR run of the page, and in the same
 * transaction made the page's draft when no editor has touched it ({@link OcrDrafts}). The page's
 * OCR original, what was imported, stays as it is.
 */
@ApplicationScoped
public class PageOcr implements TaskHandler {

    public static final String KIND = "page-ocr";
    /** The job option naming the languages, as Tesseract writes them ({@code chi_sim+eng}). */
    public static final String LANGUAGES = "languages";
    /** The garble score from which a text layer is not worth correcting by hand. */
    static final double GARBLED = 0.5;

    private final SourcePdfs pdfs;
    private final Tesseract tesseract;
    private final EntityManager entityManager;
    private final OcrDrafts drafts;

    PageOcr(SourcePdfs pdfs, Tesseract tesseract, EntityManager entityManager, OcrDrafts drafts) {
        this.drafts = drafts;
        this.pdfs = pdfs;
        this.tesseract = tesseract;
        this.entityManager = entityManager;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The engine's languages for an article's language: Chinese pages carry English notes and abstracts. */
    public static List<String> languagesFor(String language) {
        if (language != null && language.startsWith("zh")) {
            return language.contains("Hant") || language.contains("TW") || language.contains("HK")
                    ? List.of("chi_tra", "eng")
                    : List.of("chi_sim", "eng");
        }
        return List.of("eng");
    }

    /** Whether a page's text layer needs OCR: missing, or garbled beyond use. */
    public static boolean needsOcr(String textLayer, Double garbleScore) {
        return textLayer == null || textLayer.isBlank() || (garbleScore != null && garbleScore >= GARBLED);
    }

    @Override
    public void run(JobTask task) throws Exception {
        if (QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("SELECT 1 FROM ocr_run WHERE job_id = :job AND page_id = :page")
                .setParameter("job", task.jobId()).setParameter("page", task.targetId()).getResultList().isEmpty())) {
            // Read already: its worker died after the run was kept, before the task was marked done
            return;
        }
        PageToRead page = QuarkusTransaction.requiringNew().call(() -> Rows.list(entityManager.createNativeQuery("""
                SELECT p.sequence, a.language, a.import_id,
                       EXISTS (SELECT 1 FROM source_file f WHERE f.import_id = a.import_id) AS from_pdf
                FROM page p JOIN article a ON a.id = p.article_id WHERE p.id = :page""")
                .setParameter("page", task.targetId()), PageToRead.class).stream().findFirst().orElse(null));
        if (page == null) {
            throw new IllegalStateException("No page with id " + task.targetId());
        }
        byte[] image = page.fromPdf() ? pdfs.of(page.importId()).png(page.sequence() - 1, PdfPages.OCR_DPI) : scan(task);
        String chosen = task.options().get(LANGUAGES);
        List<String> languages = chosen == null ? languagesFor(page.language()) : Arrays.asList(chosen.split("\\+"));
        Tesseract.Run run = tesseract.read(image, languages, page.fromPdf() ? (int) PdfPages.OCR_DPI : 0);
        String source = page.fromPdf() ? (int) PdfPages.OCR_DPI + " dpi from the PDF" : "the uploaded scan";
        UUID runId = Ids.next();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery(
                    """
                            INSERT INTO ocr_run (id, page_id, job_id, engine, engine_version, languages, settings, mean_confidence, text, hocr)
                            VALUES (:id, :page, :job, :engine, :version, :languages, :settings, :confidence, :text, :hocr)""")
                    .setParameter("id", runId).setParameter("page", task.targetId()).setParameter("job", task.jobId())
                    .setParameter("engine", Tesseract.ENGINE).setParameter("version", run.version())
                    .setParameter("languages", run.languages()).setParameter("settings", Tesseract.SETTINGS + ", " + source)
                    .setParameter("confidence",
                            run.page().meanConfidence() == null ? null : run.page().meanConfidence().floatValue())
                    .setParameter("text", run.page().text()).setParameter("hocr", run.hocr()).executeUpdate();
            drafts.applyUntouched(runId, task.targetId());
        });
    }

    /** The page's scan as uploaded; a page without one cannot be read. */
    /** Where a page is read from: the PDF's page at its sequence, or the uploaded scan; and its article's language. */
    private record PageToRead(int sequence, String language, UUID importId, boolean fromPdf) {
    }

    private byte[] scan(JobTask task) {
        byte[] content = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("SELECT content FROM page_image WHERE page_id = :page").setParameter("page", task.targetId())
                .getResultStream().findFirst().orElse(null));
        if (content == null) {
            throw new IllegalStateException("Page " + task.targetId() + " has no scan to read: upload one first");
        }
        return content;
    }
}
