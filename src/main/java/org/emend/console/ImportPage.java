package org.emend.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.failure.Failure;
import org.emend.imports.ImportRequest;
import org.emend.imports.ImportService;
import org.emend.imports.ImportView;
import org.emend.journal.Journal;
import org.emend.ocr.text.RejectedInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The console's import: a PDF or a text dump uploaded into an issue, then the article's page to follow its work. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    private final ImportService imports;

    ImportPage(ImportService imports) {
        this.imports = imports;
    }

    /** What the form holds: as sent, when the import was refused. */
    public record ImportFields(String journal, Integer year, String volume, String issue, String language) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ImportFields form, List<String> journals, String error);
    }

    @GET
    @Path("imports")
    @Operation(hidden = true)
    public TemplateInstance form() {
        return Templates.form(new ImportFields(null, null, null, null, "zh"), journals(), null);
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Object upload(@RestForm("file") FileUpload file, @RestForm String journal, @RestForm Integer year,
            @RestForm String volume, @RestForm String issue, @RestForm String language, @RestForm boolean replace,
            @RestForm String password)
            throws IOException {
        ImportFields fields = new ImportFields(journal, year, volume, issue, language);
        if (file == null || file.size() == 0) {
            return Templates.form(fields, journals(), "Choose the file to import.");
        }
        ImportRequest request = new ImportRequest(null, journal, null, null, year, blankToNull(volume), blankToNull(issue),
                null, null, null, blankToNull(language), null, file.fileName(), replace,
                password == null || password.isEmpty() ? null : password);
        try {
            ImportView view = imports.importFile(Files.readAllBytes(file.uploadedFile()), request);
            String note = "Imported " + file.fileName() + ": " + view.report().counts().pages() + " pages"
                    + (view.jobIds() == null || view.jobIds().isEmpty() ? "." : "; the work below goes on in the background.");
            return Response.seeOther(URI.create("/console/articles/" + view.articleIds().get(0) + "?note="
                    + URLEncoder.encode(note, StandardCharsets.UTF_8))).build();
        } catch (Failure problem) {
            return Templates.form(fields, journals(), problem.detail() + problem.fieldErrors().stream()
                    .map(error -> " " + error.field() + " " + error.message() + ".").reduce("", String::concat));
        } catch (RejectedInput rejected) {
            return Templates.form(fields, journals(), "Not imported: " + rejected.getMessage());
        } catch (ConstraintViolationException invalid) {
            return Templates.form(fields, journals(), "Not imported: " + invalid.getConstraintViolations().stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse(""));
        }
    }

    private static List<String> journals() {
        return Journal.<Journal> list("order by title").stream().map(journal -> journal.title).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
