package org.emend.replace;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.history.RevisionService;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Find and replace", description = "Previews of replacements, changesets and their reverts")
public class ReplaceResource {

    private final FindReplace findReplace;
    private final RevisionService revisions;
    private final CurrentActor actor;

    ReplaceResource(FindReplace findReplace, RevisionService revisions, CurrentActor actor) {
        this.findReplace = findReplace;
        this.revisions = revisions;
        this.actor = actor;
    }

    /** The preview's search and the ids of the hits to replace. */
    public record ChangesetRequest(@NotNull @Valid Search search,
            @NotEmpty @Size(max = FindReplace.MAX_HITS) List<String> accept,
            @Size(max = 2000) String description) {
    }

    @POST
    @Path("replacements/preview")
    @Operation(summary = "Every hit of a find in its context, with what would replace it")
    public FindReplace.Preview preview(@NotNull @Valid Search search) {
        return findReplace.preview(search);
    }

    @POST
    @Path("changesets")
    @Operation(summary = "Apply the accepted hits as one changeset (one revision per block)", description = """
            Blocks changed since the preview are skipped and listed in the answer; the rest is applied in one \
            transaction.""")
    public RestResponse<FindReplace.Result> apply(@NotNull @Valid ChangesetRequest body, UriInfo uriInfo) {
        FindReplace.Result result = findReplace.apply(body.search(), body.accept(), body.description(), actor.get());
        return created(uriInfo, result);
    }

    @GET
    @Path("changesets/{id}")
    @Operation(summary = "Read a changeset and its revisions")
    public ChangesetView get(@RestPath UUID id) {
        Changeset changeset = findReplace.get(id);
        return new ChangesetView(changeset.id, changeset.description, changeset.authorName, changeset.revertsId,
                changeset.createdAt, revisions.ofChangeset(id));
    }

    @POST
    @Path("changesets/{id}/revert")
    @Operation(summary = "Undo a changeset as a new one; blocks changed since are skipped and listed")
    public RestResponse<FindReplace.Result> revert(@RestPath UUID id, UriInfo uriInfo) {
        return created(uriInfo, findReplace.revert(id, actor.get()));
    }

    private static RestResponse<FindReplace.Result> created(UriInfo uriInfo, FindReplace.Result result) {
        return RestResponse.ResponseBuilder.<FindReplace.Result> created(
                uriInfo.getBaseUriBuilder().path("api/v1/changesets/{id}").build(result.changesetId())).entity(result).build();
    }
}
