package org.emend.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.crud.ListPage;
import org.emend.crud.ListResponses;
import org.emend.crud.PageParams;
import org.emend.crud.Representations;
import org.emend.failure.Failure;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "OCR text dumps turned into pages, sections, footnotes and abstracts")
public class ImportResource {

    private static final String PDF = "application/pdf";

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, PDF, "application/zip" })
    @Operation(summary = "Import an OCR text dump, or a PDF, sent as the request body", description = """
            A PDF (application/pdf, or any body that is one) gives one page per PDF page, its text layer as each \
            page's OCR original, and each page rendered as its scan. \
            The issue is given by issueId, or by its journal (journalId, or a title: created when new) and year, \
            volume and issue number (created when new). The charset is taken from the charset parameter, then the \
            Content-Type, then detected. Answers 409 with a link to the earlier import when the same file was \
            imported before, unless replace=true.""")
    public RestResponse<ImportView> importBody(
            @RequestBody(description = "The OCR text, as the PDF's text layer gave it") byte[] body,
            @RestQuery UUID journalId, @RestQuery String journal, @RestQuery String journalEnglishTitle,
            @RestQuery UUID issueId, @RestQuery Integer year, @RestQuery String volume, @RestQuery String issue,
            @RestQuery String title, @RestQuery String englishTitle,
            @Parameter(description = "An author's name as printed; repeat for several, in order") @RestQuery("author") List<String> authors,
            @RestQuery String language, @RestQuery String charset, @RestQuery String fileName, @RestQuery boolean replace,
            @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "What opens a password-protected PDF (a header, so that it stays out of access logs)") @RestHeader("Emend-Pdf-Password") String password,
            UriInfo uriInfo) {
        ImportRequest request = new ImportRequest(journalId, journal, journalEnglishTitle, issueId, year, volume, issue, title,
                englishTitle, authors, language, charset != null ? charset : charsetOf(contentType), fileName, replace,
                password);
        return created(uriInfo, imports.importFile(body == null ? new byte[0] : body, request));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an OCR text dump or a PDF uploaded as a file, with the same fields as form fields")
    public RestResponse<ImportView> importUpload(@BeanParam ImportForm form, UriInfo uriInfo) throws IOException {
        if (form.file == null) {
            throw Failure.invalid("file", "upload the OCR text dump as the file field");
        }
        return created(uriInfo, imports.importFile(Files.readAllBytes(form.file.uploadedFile()), form.toRequest()));
    }

    @GET
    @Operation(summary = "List imports")
    public RestResponse<ListPage<ImportView>> list(@Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, imports.list(page.toRequest()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an import and its report")
    public RestResponse<ImportView> get(UUID id, Request request) {
        return Representations.read(request, imports.get(id));
    }

    private static RestResponse<ImportView> created(UriInfo uriInfo, ImportView view) {
        return Representations.created(uriInfo.getBaseUriBuilder().path("api/v1/imports/{id}").build(view.id()), view);
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        MediaType type = MediaType.valueOf(contentType);
        return type.getParameters().get(MediaType.CHARSET_PARAMETER);
    }
}
