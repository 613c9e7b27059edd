package org.emend.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.emend.abstracts.ArticleAbstract;
import org.emend.article.Article;
import org.emend.article.Author;
import org.emend.block.BlockStatus;
import org.emend.changes.ChangeAttribution;
import org.emend.failure.Failure;
import org.emend.footnote.Footnote;
import org.emend.images.ImageService;
import org.emend.issue.Issue;
import org.emend.jobs.JobQueue;
import org.emend.journal.Journal;
import org.emend.ocr.ParsedAbstract;
import org.emend.ocr.ParsedDump;
import org.emend.ocr.ParsedNote;
import org.emend.ocr.ParsedPage;
import org.emend.ocr.ParsedSection;
import org.emend.ocr.engine.PageOcr;
import org.emend.ocr.garble.GarbleScorer;
import org.emend.ocr.text.Line;
import org.emend.ocr.title.TitleBlock;
import org.emend.page.Page;
import org.emend.persistence.Ids;
import org.emend.section.Section;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Stores a parsed dump in one transaction: the journal and issue (found or created), the
 * article with its pages, sections, footnotes and abstract, an article for each other
 * abstract on its abstracts page, and the import record. Everything or nothing.
 */
@ApplicationScoped
public class ImportWriter {

    /** A title scoring this or more is soup. */
    private static final double READABLE_BELOW = 0.5;
    private static final String UNKNOWN_TITLE = "Unknown article (its abstract is cut off at the top of page %s)";

    private final ChangeAttribution attribution;
    private final JobQueue jobs;
    private final ImageService images;

    ImportWriter(ChangeAttribution attribution, JobQueue jobs, ImageService images) {
        this.attribution = attribution;
        this.jobs = jobs;
        this.images = images;
    }

    /** Refuses a file imported before, or deletes the earlier import when asked to replace it. */
    @Transactional
    public void refuseDuplicate(String sha256, boolean replace) {
        OcrImport earlier = OcrImport.findBySha256(sha256);
        if (earlier == null) {
            return;
        }
        if (!replace) {
            throw Failure.withRelated(Failure.Kind.DUPLICATE_IMPORT, "This file was imported before (import "
                    + earlier.id + "); import it again with replace=true to put the new import in its place",
                    Map.of("existing", "/api/v1/imports/" + earlier.id));
        }
    }

    /**
     * Stores a PDF's records and the PDF itself, and queues the job that renders its pages as their
     * scans (in the background: a long PDF is editable before its last scan is made), all in one
     * transaction.
     */
    @Transactional
    public ImportView storePdf(ParsedDump dump, ImportRequest request, byte[] pdf, String sha256, int pageCount,
            long startNanos, String by) {
        ImportView view = store(dump, request, sha256, pdf.length, startNanos);
        List<Page> pages = Page.listInArticle(view.articleIds().get(0));
        if (pages.size() != pageCount) {
            throw new IllegalStateException("A PDF of " + pageCount + " pages was imported as " + pages.size());
        }
        entityManager().createNativeQuery("""
                INSERT INTO source_file (import_id, media_type, sha256, byte_size, content)
                VALUES (:import, 'application/pdf', :sha256, :size, :content)""").setParameter("import", view.id())
                .setParameter("sha256", sha256).setParameter("size", (long) pdf.length).setParameter("content", pdf)
                .executeUpdate();
        List<UUID> started = new ArrayList<>();
        started.add(jobs.enqueue(PdfScans.KIND, view.id(), pages.stream().map(page -> page.id).toList(), by));
        List<UUID> unreadable = pages.stream().filter(page -> PageOcr.needsOcr(page.ocrOriginal, page.garbleScore))
                .map(page -> page.id).toList();
        if (!unreadable.isEmpty()) {
            started.add(jobs.enqueue(PageOcr.KIND, view.id(), unreadable, by));
        }
        return ImportView.of(OcrImport.findById(view.id()), view.articleIds(), started);
    }

    /**
     * Stores pages read by an OCR engine elsewhere: the records, each page's image as its scan, and
     * each page's reading (hOCR) as its OCR run, which the page's blocks name; all in one transaction.
     */
    @Transactional
    public ImportView storeOcrPages(ParsedDump dump, ImportRequest request, List<OcrArchive.PageFile> files, String sha256,
            long byteSize, long startNanos) {
        ImportView view = store(dump, request, sha256, byteSize, startNanos);
        List<Page> pages = Page.listInArticle(view.articleIds().get(0));
        if (pages.size() != files.size()) {
            throw new IllegalStateException("An archive of " + files.size() + " pages was imported as " + pages.size());
        }
        for (int i = 0; i < pages.size(); i++) {
            OcrArchive.PageFile file = files.get(i);
            UUID page = pages.get(i).id;
            if (file.image() != null) {
                images.store(page, within(file.image()));
            }
            String system = file.page().system() == null ? "unknown" : file.page().system();
            int space = system.indexOf(' ');
            UUID run = Ids.next();
            entityManager().createNativeQuery("""
                    INSERT INTO ocr_run (id, page_id, engine, engine_version, languages, settings, mean_confidence, text, hocr)
                    VALUES (:id, :page, :engine, :version, '', :settings, :confidence, :text, :hocr)""").setParameter("id", run)
                    .setParameter("page", page).setParameter("engine", space < 0 ? system : system.substring(0, space))
                    .setParameter("version", space < 0 ? "" : system.substring(space + 1).strip())
                    .setParameter("settings", "imported from " + file.name())
                    .setParameter("confidence",
                            file.page().meanConfidence() == null ? null : file.page().meanConfidence().floatValue())
                    .setParameter("text", file.page().text()).setParameter("hocr", file.hocr()).executeUpdate();
            for (String table : List.of("section", "footnote", "article_abstract")) {
                entityManager().createNativeQuery("UPDATE " + table + " SET ocr_run_id = :run WHERE page_id = :page")
                        .setParameter("run", run).setParameter("page", page).executeUpdate();
            }
        }
        return view;
    }

    /** An image of the archive, held to the size limit of an uploaded scan. */
    private byte[] within(byte[] image) {
        try {
            return images.read(new java.io.ByteArrayInputStream(image));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Transactional
    public ImportView store(ParsedDump dump, ImportRequest request, String sha256, long byteSize, long startNanos) {
        attribution.mark();
        OcrImport earlier = OcrImport.findBySha256(sha256);
        if (earlier != null) {
            if (!request.replace()) {
                refuseDuplicate(sha256, false);
            }
            // Its background work (scans, OCR) would only fail on records about to go
            jobs.cancelFor(earlier.id);
            Article.delete("importId", earlier.id);
            earlier.delete();
            entityManager().flush();
        }
        Issue issue = issueFor(request);
        OcrImport record = new OcrImport();
        record.sha256 = sha256;
        record.fileName = request.fileName();
        record.charset = dump.decoded().charset().name();
        record.byteSize = byteSize;
        record.issueId = issue.id;
        record.report = dump.report();
        record.persist();

        ParsedAbstract own = dump.abstracts().stream().filter(ParsedAbstract::ofArticle).findFirst().orElse(null);
        Article article = article(dump, request, issue, record, own);
        List<Page> pages = pages(dump, article);
        sections(dump, article, pages);
        footnotes(dump, article, pages);
        if (!"en".equals(dump.language())) {
            titleBlockSummary(dump, article, pages.get(0));
        }
        List<UUID> articleIds = new ArrayList<>(List.of(article.id));
        for (ParsedAbstract summary : dump.abstracts()) {
            if (summary == own) {
                summary(summary, article, pages.get(summary.pageIndex()));
            } else {
                articleIds.add(abstractOnlyArticle(summary, dump, issue, record, pages).id);
            }
        }
        entityManager().flush();
        record.report = dump.report().withMilliseconds((System.nanoTime() - startNanos) / 1_000_000);
        entityManager().flush();
        return ImportView.of(record, articleIds, null);
    }

    /** The articles each import created, the imported one first. */
    static Map<UUID, List<UUID>> articlesOf(Collection<UUID> importIds) {
        Map<UUID, List<UUID>> articles = new HashMap<>();
        if (importIds.isEmpty()) {
            return articles;
        }
        entityManager()
                .createQuery("select a.importId, a.id from Article a where a.importId in :ids order by a.abstractOnly, a.id",
                        ImportedArticle.class)
                .setParameter("ids", importIds).getResultList()
                .forEach(row -> articles.computeIfAbsent(row.importId(), id -> new ArrayList<>()).add(row.articleId()));
        return articles;
    }

    private record ImportedArticle(UUID importId, UUID articleId) {
    }

    static List<UUID> articlesOf(UUID importId) {
        return articlesOf(List.of(importId)).getOrDefault(importId, List.of());
    }

    private Issue issueFor(ImportRequest request) {
        if (request.issueId() != null) {
            return Issue.require(request.issueId());
        }
        Journal journal = request.journalId() != null ? Journal.require(request.journalId()) : journalTitled(request);
        Issue issue = Issue
                .find("journal.id = ?1 and year = ?2 and volume is not distinct from ?3 and number is not distinct from ?4",
                        journal.id, request.year(), request.volume(), request.issue())
                .firstResult();
        if (issue == null) {
            issue = new Issue();
            issue.journal = journal;
            issue.year = request.year();
            issue.volume = request.volume();
            issue.number = request.issue();
            issue.persist();
        }
        return issue;
    }

    private static Journal journalTitled(ImportRequest request) {
        Journal journal = Journal.find("title", request.journal().strip()).firstResult();
        if (journal == null) {
            journal = new Journal();
            journal.title = request.journal().strip();
            journal.englishTitle = request.journalEnglishTitle();
            journal.persist();
        }
        return journal;
    }

    private static Article article(ParsedDump dump, ImportRequest request, Issue issue, OcrImport record, ParsedAbstract own) {
        Article article = new Article();
        article.issue = issue;
        article.importId = record.id;
        article.language = dump.language();
        article.englishTitle = blankToNull(request.englishTitle()) != null ? request.englishTitle().strip()
                : own != null ? own.title() : null;
        TitleBlock block = readable(dump.titleBlock());
        article.title = firstNonBlank(request.title(), block == null ? null : block.title(), article.englishTitle,
                titleFromFileName(request.fileName()), "Untitled import");
        List<String> printed = request.authors() != null && !request.authors().isEmpty() || block == null ? request.authors()
                : block.authors();
        article.authors = authors(printed, own == null ? List.of() : own.authors());
        List<ParsedPage> pages = dump.pages();
        article.firstPage = pages.get(0).printedNumber();
        article.lastPage = pages.get(pages.size() - 1).printedNumber();
        article.persist();
        return article;
    }

    /**
     * The title block when it can be read: an English-only engine's soup of it says nothing of the
     * title or the authors (its summary is still kept as the Chinese abstract, to be corrected).
     */
    private static TitleBlock readable(TitleBlock block) {
        return block == null || block.title() == null || GarbleScorer.score(block.title(), "zh") >= READABLE_BELOW ? null
                : block;
    }

    /**
     * The article's own abstract in its own language, from its title block ({@code 【内容摘要】} and
     * {@code 【关键词】}), on its first page.
     */
    private static void titleBlockSummary(ParsedDump dump, Article article, Page page) {
        TitleBlock block = dump.titleBlock();
        if (block == null || block.summary() == null || block.summary().isBlank()) {
            return;
        }
        ArticleAbstract summary = new ArticleAbstract();
        summary.article = article;
        summary.page = page;
        summary.language = dump.language();
        summary.title = readable(block) == null ? null : block.title();
        summary.text = block.summary();
        summary.ocrOriginal = block.lines().stream().map(Line::raw).collect(Collectors.joining());
        summary.keywords = new ArrayList<>(block.keywords());
        summary.garbleScore = GarbleScorer.score(block.summary(), dump.language());
        summary.persist();
    }

    /** Names as printed from the request, matched in order with the Latin names from the abstract when both are known. */
    private static List<Author> authors(List<String> printed, List<String> latin) {
        List<Author> authors = new ArrayList<>();
        if (printed != null && !printed.isEmpty()) {
            for (int i = 0; i < printed.size(); i++) {
                String latinName = printed.size() == latin.size() ? latin.get(i) : null;
                authors.add(new Author(printed.get(i).strip(), latinName));
            }
        } else {
            latin.forEach(name -> authors.add(new Author(name, name)));
        }
        return authors;
    }

    private static List<Page> pages(ParsedDump dump, Article article) {
        List<Page> pages = new ArrayList<>();
        for (ParsedPage parsed : dump.pages()) {
            Page page = new Page();
            page.article = article;
            page.sequence = parsed.sequence();
            page.ocrOriginal = parsed.ocrOriginal();
            page.printedNumber = parsed.printedNumber();
            page.printedNumberInferred = parsed.printedNumberInferred();
            page.runningHead = parsed.furniture().runningHead();
            page.watermark = parsed.furniture().watermark();
            page.garbleScore = parsed.garbleScore();
            page.persist();
            pages.add(page);
        }
        return pages;
    }

    private static void sections(ParsedDump dump, Article article, List<Page> pages) {
        int ordinal = 1;
        for (ParsedSection parsed : dump.sections()) {
            Section section = new Section();
            section.article = article;
            section.ordinal = ordinal++;
            section.level = (short) parsed.level();
            section.heading = parsed.heading();
            section.text = parsed.text();
            section.ocrOriginal = parsed.ocrOriginal();
            section.status = BlockStatus.RAW;
            section.garbleScore = parsed.garbleScore();
            section.page = pages.get(parsed.pageIndex());
            section.continuesPrevious = parsed.continuesPrevious();
            section.persist();
        }
    }

    private static void footnotes(ParsedDump dump, Article article, List<Page> pages) {
        int ordinal = 1;
        for (ParsedNote parsed : dump.notes()) {
            Footnote footnote = new Footnote();
            footnote.article = article;
            footnote.ordinal = ordinal++;
            footnote.page = pages.get(parsed.pageIndex());
            footnote.numberOnPage = parsed.numberOnPage();
            footnote.marker = parsed.marker() == null ? null : parsed.marker().strip();
            footnote.language = parsed.language();
            footnote.text = parsed.text();
            footnote.ocrOriginal = parsed.ocrOriginal();
            footnote.citations = new ArrayList<>(parsed.citations());
            footnote.garbleScore = parsed.garbleScore();
            footnote.persist();
        }
    }

    private static void summary(ParsedAbstract parsed, Article article, Page page) {
        ArticleAbstract summary = new ArticleAbstract();
        summary.article = article;
        summary.page = page;
        summary.language = "en";
        summary.title = parsed.title();
        summary.text = parsed.text();
        summary.ocrOriginal = parsed.ocrOriginal();
        summary.keywords = new ArrayList<>(parsed.keywords());
        summary.incomplete = parsed.incomplete();
        summary.garbleScore = parsed.garbleScore();
        summary.persist();
    }

    /**
     * Another article of the issue, known only from its abstract on this dump's abstracts page;
     * flagged so that editors complete it. Its abstract has no page of its own: the page belongs
     * to the imported article.
     */
    private static Article abstractOnlyArticle(ParsedAbstract parsed, ParsedDump dump, Issue issue, OcrImport record,
            List<Page> pages) {
        Article article = new Article();
        article.issue = issue;
        article.importId = record.id;
        article.abstractOnly = true;
        article.language = dump.language();
        String printedNumber = pages.get(parsed.pageIndex()).printedNumber;
        article.title = parsed.title() != null ? parsed.title()
                : String.format(UNKNOWN_TITLE, printedNumber == null ? parsed.pageIndex() + 1 : printedNumber);
        article.englishTitle = parsed.title();
        article.authors = authors(List.of(), parsed.authors());
        article.persist();
        summary(parsed, article, null);
        return article;
    }

    private static String titleFromFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replaceAll("^.*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static EntityManager entityManager() {
        return Panache.getEntityManager();
    }

}
