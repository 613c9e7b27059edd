package org.emend.console;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.article.Article;
import org.emend.article.ArticleService;
import org.emend.crud.ExpectedVersion;
import org.emend.failure.Failure;
import org.emend.failure.Failure.FieldError;
import org.emend.images.ImageService;
import org.emend.jobs.JobQueue;
import org.emend.jobs.JobView;
import org.emend.ocr.engine.OcrRequests;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** An article at a glance: its pages and blocks with status and garble score, and its metadata, editable. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ArticlePage {

    private final ArticleService articles;
    private final ArticleOutline outline;
    private final ImageService images;
    private final ObjectMapper mapper;
    private final JobQueue jobs;
    private final OcrRequests ocr;
    private final CurrentActor actor;

    ArticlePage(ArticleService articles, ArticleOutline outline, ImageService images, ObjectMapper mapper, JobQueue jobs,
            OcrRequests ocr, CurrentActor actor) {
        this.ocr = ocr;
        this.actor = actor;
        this.articles = articles;
        this.outline = outline;
        this.images = images;
        this.mapper = mapper;
        this.jobs = jobs;
    }

    /** The metadata form: as stored, or as the editor sent it when it could not be saved. */
    public record MetadataForm(long version, String title, String englishTitle, String authors, String language,
            String firstPage, String lastPage, String status, boolean abstractOnly, List<FieldError> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(Article article, MetadataForm form, ArticleOutline.Outline outline,
                String note, List<JobView> jobs);
    }

    @GET
    @Path("articles/{id}")
    @Operation(hidden = true)
    public TemplateInstance article(@RestPath UUID id, @RestQuery String note) {
        Article article = Article.require(id);
        return page(article, stored(article), note);
    }

    @POST
    @Path("articles/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Object save(@RestPath UUID id, @RestForm long version, @RestForm String title, @RestForm String englishTitle,
            @RestForm String authors, @RestForm String language, @RestForm String firstPage, @RestForm String lastPage,
            @RestForm String status, @RestForm boolean abstractOnly) {
        Article article = Article.require(id);
        MetadataForm sent = new MetadataForm(version, title, englishTitle, authors, language, firstPage, lastPage, status,
                abstractOnly, List.of());
        try {
            articles.patch(id, ExpectedVersion.of(null, mapper.createObjectNode().put("version", version)), patch(sent));
            return Response.seeOther(URI.create("/console/articles/" + id + "?note=Saved.")).build();
        } catch (Failure problem) {
            List<FieldError> errors = problem.fieldErrors().isEmpty()
                    ? List.of(new FieldError("", problem.detail()))
                    : problem.fieldErrors();
            return page(article, withErrors(sent, errors), null);
        } catch (ConstraintViolationException violations) {
            List<FieldError> errors = violations.getConstraintViolations().stream()
                    .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage())).toList();
            return page(article, withErrors(sent, errors), null);
        }
    }

    /** Scans of several pages at once, each file named by its page's printed number (079.png). */
    @POST
    @Path("articles/{id}/images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response uploadImages(@RestPath UUID id, @RestForm("file") List<FileUpload> files) throws IOException {
        String note;
        if (files == null || files.isEmpty() || files.stream().allMatch(file -> file.size() == 0)) {
            note = "Choose one or more image files first.";
        } else {
            try {
                note = images.storeAll(id, images.readAll(files)).stream()
                        .map(stored -> stored.file() + ": " + stored.outcome()
                                + (stored.printedNumber() == null ? "" : " (p. " + stored.printedNumber() + ")"))
                        .collect(Collectors.joining("; ")) + ".";
            } catch (Failure problem) {
                note = "Nothing was stored: " + problem.detail();
            }
        }
        return Notes.seeOther("/console/articles/" + id, note);
    }

    /** Every page of the article with a PDF or a scan, read again in the background; the page follows the job. */
    @POST
    @Path("articles/{id}/ocr")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response readAgain(@RestPath UUID id) {
        return Notes.afterRequest("/console/articles/" + id,
                () -> ocr.queueArticle(id, List.of(), List.of(), actor.get().name()),
                "The pages are being read again (OCR): the bar above follows the work.");
    }

    private TemplateInstance page(Article article, MetadataForm form, String note) {
        return Templates.article(article, form, outline.of(article.id), note,
                jobs.activeFor(article.importId == null ? article.id : article.importId));
    }

    private static MetadataForm stored(Article article) {
        StringBuilder authors = new StringBuilder();
        article.authors.forEach(author -> authors.append(author.name())
                .append(author.latinName() == null ? "" : " | " + author.latinName()).append('\n'));
        return new MetadataForm(article.version, article.title, article.englishTitle, authors.toString().strip(),
                article.language, article.firstPage, article.lastPage, article.status.name().toLowerCase(),
                article.abstractOnly,
                List.of());
    }

    private static MetadataForm withErrors(MetadataForm form, List<FieldError> errors) {
        return new MetadataForm(form.version(), form.title(), form.englishTitle(), form.authors(), form.language(),
                form.firstPage(), form.lastPage(), form.status(), form.abstractOnly(), errors);
    }

    /** The form as a merge patch: one author a line, "name | Latin name". */
    private ObjectNode patch(MetadataForm form) {
        ObjectNode patch = mapper.createObjectNode();
        patch.put("title", form.title());
        patch.put("englishTitle", blankToNull(form.englishTitle()));
        patch.put("language", form.language());
        patch.put("firstPage", blankToNull(form.firstPage()));
        patch.put("lastPage", blankToNull(form.lastPage()));
        patch.put("status", form.status());
        patch.put("abstractOnly", form.abstractOnly());
        ArrayNode authors = patch.putArray("authors");
        for (String line : (form.authors() == null ? "" : form.authors()).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] names = line.split("\\|", 2);
            ObjectNode author = authors.addObject();
            author.put("name", names[0].strip());
            author.put("latinName", names.length > 1 && !names[1].isBlank() ? names[1].strip() : null);
        }
        return patch;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
