package org.emend.archive;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.crud.ListPage;
import org.emend.crud.ListResponses;
import org.emend.crud.PageParams;
import org.emend.failure.Failure;
import org.emend.failure.Failure.FieldError;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/restores")
@Tag(name = "Archival export", description = "BagIt packages of journals, issues or everything, with JATS XML and full-fidelity JSON")
public class RestoreResource {

    private final ArchiveRestores restores;
    private final CurrentActor actor;

    RestoreResource(ArchiveRestores restores, CurrentActor actor) {
        this.restores = restores;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "The restore log, newest first: who restored which bag, and whether it replaced records (rewriting their history)", description = "Admins only.")
    public RestResponse<ListPage<RestoreLogView>> log(@Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, restores.log(page.toRequest()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Restore a bag Emend exported: verified first, then every record recreated with its ids and history", description = """
            Admins only: a restore recreates history as the bag has it. Send the bag (zip or tar) as the form \
            field bag. A bag that is incomplete or invalid is refused with the list of what is wrong and nothing \
            is written; one holding records that exist is refused unless replace=true (in the query or as a form \
            field). Every restore is recorded in the restore log (GET /api/v1/restores) with the bag's SHA-256.""")
    public RestResponse<ArchiveRestore.Report> restore(@RestForm("bag") FileUpload bag,
            @Parameter(description = "Replace records that exist already") @RestQuery boolean replace,
            @Parameter(description = "The same as the query parameter replace, for clients that send every field in the form") @RestForm("replace") boolean replaceInForm)
            throws IOException {
        if (bag == null) {
            throw Failure.invalid("bag", "is required: the bag, a zip or tar file, as a form field");
        }
        try {
            return RestResponse.status(RestResponse.Status.CREATED,
                    restores.restore(bag.uploadedFile(), replace || replaceInForm, actor.get()));
        } catch (BagException e) {
            List<FieldError> errors = e.problems().stream().map(problem -> {
                int colon = problem.indexOf(": ");
                return colon > 0 ? new FieldError(problem.substring(0, colon), problem.substring(colon + 2))
                        : new FieldError("bag", problem);
            }).toList();
            throw Failure.withFieldErrors(Failure.Kind.INVALID_BAG, "The bag is incomplete or invalid; nothing was restored",
                    errors);
        }
    }
}
