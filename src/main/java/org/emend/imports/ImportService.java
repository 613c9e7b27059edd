package org.emend.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.failure.Failure;
import org.emend.failure.Failure.FieldError;
import org.emend.jobs.JobQueue;
import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedDump;
import org.emend.ocr.text.EnglishWords;
import org.emend.ocr.text.RejectedInput;
import org.emend.pdf.PdfPages;
import org.emend.persistence.Lookups;
import org.emend.persistence.Sha256;
import org.emend.users.CurrentActor;
import org.jboss.logging.Logger;

import io.micrometer.core.annotation.Timed;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;

/**
 * Imports OCR text dumps: checks the request, refuses a file imported before (unless asked to
 * replace it), parses outside any transaction, then stores everything in one transaction
 * ({@link ImportWriter}).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private static final Keyset<OcrImport> ORDER = Keyset.of(Keyset.uuid("id", record -> record.id));

    private final ImportWriter writer;
    private final ImportConfig config;
    private final Validator validator;
    private final JobQueue jobs;
    private final CurrentActor actor;

    ImportService(ImportWriter writer, ImportConfig config, Validator validator, JobQueue jobs, CurrentActor actor) {
        this.writer = writer;
        this.config = config;
        this.validator = validator;
        this.jobs = jobs;
        this.actor = actor;
    }

    /** Loads the English word list at start, so the first import or save does not wait for it. */
    void warmUp(@Observes StartupEvent event) {
        EnglishWords.get();
    }

    /**
     * Imports a PDF, a ZIP of ALTO or hOCR pages, or an OCR text dump: each known by its first
     * bytes, whatever its name or media type says.
     */
    public ImportView importFile(byte[] bytes, ImportRequest request) {
        return PdfPages.isPdf(bytes) ? importPdf(bytes, request)
                : OcrArchive.isZip(bytes) ? importOcrPages(bytes, request) : importDump(bytes, request);
    }

    /**
     * Imports pages an OCR engine read elsewhere (a ZIP of ALTO or hOCR files with their images):
     * their lines, laid out from their boxes, through the same structure recovery; each page's
     * image as its scan and its reading as an OCR run, all in one transaction.
     */
    @Timed(value = "emend.imports.ocr-pages", description = "ALTO and hOCR archives imported: how many and how long each took")
    public ImportView importOcrPages(byte[] bytes, ImportRequest request) {
        long start = System.nanoTime();
        String sha256 = admit(bytes, request);
        List<OcrArchive.PageFile> files = OcrArchive.read(bytes, config.maxBytes().asLongValue() * 4, config.maxPages());
        ImportOptions options = new ImportOptions(StandardCharsets.UTF_8.name(), request.language(), request.englishTitle(),
                request.authors() == null ? List.of() : request.authors(), config.maxPages());
        ParsedDump dump = OcrParser.parsePages(files.stream()
                .map(file -> new OcrParser.LaidOutPage(file.page().lines(), file.page().height())).toList(), options, true);
        ImportView view = writer.storeOcrPages(dump, request, files, sha256, bytes.length, start);
        LOG.infof("Import %s: %d OCR'd pages (ALTO or hOCR), %d articles, into issue %s", view.id(), files.size(),
                view.articleIds().size(), view.issueId());
        return view;
    }

    @Timed(value = "emend.imports", description = "OCR dumps imported: how many and how long each took")
    public ImportView importDump(byte[] bytes, ImportRequest request) {
        long start = System.nanoTime();
        String sha256 = admit(bytes, request);
        ImportOptions options = new ImportOptions(request.charset(), request.language(), request.englishTitle(),
                request.authors() == null ? List.of() : request.authors(), config.maxPages());
        ParsedDump dump = OcrParser.parse(bytes, options);
        ImportView view = writer.store(dump, request, sha256, bytes.length, start);
        LOG.infof("Import %s: %d bytes, %d articles, into issue %s", view.id(), bytes.length, view.articleIds().size(),
                view.issueId());
        return view;
    }

    /**
     * Imports a PDF: its text layer, page by page with the lines' positions, through the same
     * structure recovery as a text dump (the page split exact, one page per PDF page; running
     * heads, headings and notes from where the lines stand and how large they are set), in one
     * transaction with the PDF itself and the jobs that render every page as its scan and read the
     * pages whose layer is missing or garbled.
     */
    @Timed(value = "emend.imports.pdf", description = "PDFs imported: how many and how long each took")
    public ImportView importPdf(byte[] bytes, ImportRequest request) {
        long start = System.nanoTime();
        String sha256 = admit(bytes, request);
        try (PdfPages pdf = PdfPages.open(bytes, config.maxPages(), request.password())) {
            ImportOptions options = new ImportOptions(StandardCharsets.UTF_8.name(), request.language(),
                    request.englishTitle(), request.authors() == null ? List.of() : request.authors(), config.maxPages());
            // A scan without a text layer is imported too: its pages are read by OCR
            ParsedDump dump = OcrParser.parsePages(pdf.laidOutPages(), options, false);
            ImportView view = writer.storePdf(dump, request, pdf.unprotected(bytes), sha256, pdf.count(), start, requester());
            LOG.infof("Import %s: a PDF of %d bytes and %d pages, %d articles, into issue %s", view.id(), bytes.length,
                    pdf.count(), view.articleIds().size(), view.issueId());
            return view;
        }
    }

    public ImportView get(UUID id) {
        OcrImport record = Lookups.require(OcrImport.class, id, "import");
        return ImportView.of(record, ImportWriter.articlesOf(record.id),
                jobs.jobsFor(List.of(record.id)).getOrDefault(record.id, List.of()));
    }

    /** A page of imports, their articles found in one query for the whole page. */
    public ListPage<ImportView> list(PageRequest page) {
        ListPage<OcrImport> records = Lists.entities(OcrImport.class, Filter.all(), ORDER, page);
        var articles = ImportWriter.articlesOf(records.items().stream().map(record -> record.id).toList());
        var importJobs = jobs.jobsFor(records.items().stream().map(record -> record.id).toList());
        return records.map(record -> ImportView.of(record, articles.getOrDefault(record.id, List.of()),
                importJobs.getOrDefault(record.id, List.of())));
    }

    /** Who asked, for the job's record: the caller of a request, or the command line. */
    private String requester() {
        return Arc.container().requestContext().isActive() ? actor.get().name() : "command line";
    }

    /** Checks the request and the file's size, and refuses a file imported before; the file's SHA-256. */
    private String admit(byte[] bytes, ImportRequest request) {
        check(request);
        if (bytes.length > config.maxBytes().asLongValue()) {
            throw new RejectedInput(RejectedInput.Reason.TOO_LARGE, "The file has " + bytes.length + " bytes; at most "
                    + config.maxBytes().asLongValue() + " are taken");
        }
        String sha256 = Sha256.hex(bytes);
        writer.refuseDuplicate(sha256, request.replace());
        return sha256;
    }

    private void check(ImportRequest request) {
        Set<ConstraintViolation<ImportRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.issueId() == null) {
            if (request.journalId() == null && (request.journal() == null || request.journal().isBlank())) {
                errors.add(new FieldError("journal", "give the journal (its title or journalId) or the issueId"));
            }
            if (request.year() == null) {
                errors.add(new FieldError("year", "give the issue's year, or the issueId"));
            }
        }
        if (!errors.isEmpty()) {
            throw Failure.invalid(errors);
        }
    }

}
