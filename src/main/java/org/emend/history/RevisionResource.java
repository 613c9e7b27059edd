package org.emend.history;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.block.BlockKind;
import org.emend.crud.ExpectedVersion;
import org.emend.crud.ListPage;
import org.emend.crud.ListResponses;
import org.emend.crud.PageParams;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "History", description = "Revisions of sections, footnotes and abstracts; reverts")
public class RevisionResource {

    private final RevisionService revisions;
    private final CurrentActor actor;

    RevisionResource(RevisionService revisions, CurrentActor actor) {
        this.revisions = revisions;
        this.actor = actor;
    }

    /** What a revert may say about itself. */
    public record RevertRequest(@Size(max = 2000) String comment, Long blockVersion) {
    }

    @GET
    @Path("{collection: sections|footnotes|abstracts}/{id}/revisions")
    @Operation(summary = "A block's revisions, oldest first")
    public RestResponse<ListPage<RevisionView>> ofBlock(@RestPath String collection, @RestPath UUID id,
            @Parameter(description = "word or char: include a diff of each revision's text") @RestQuery String diff,
            @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, revisions.ofBlock(BlockKind.fromString(collection), id, diff, page.toRequest()));
    }

    @GET
    @Path("articles/{articleId}/revisions")
    @Operation(summary = "Recent changes to an article, newest first")
    public RestResponse<ListPage<RevisionView>> ofArticle(@RestPath UUID articleId, @Valid @BeanParam PageParams page,
            UriInfo uriInfo) {
        return ListResponses.of(uriInfo, revisions.list(articleId, null, null, page.toRequest()));
    }

    @GET
    @Path("revisions")
    @Operation(summary = "Revisions newest first, filtered by article, author account or changeset")
    public RestResponse<ListPage<RevisionView>> list(@RestQuery UUID articleId, @RestQuery UUID authorId,
            @RestQuery UUID changesetId, @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, revisions.list(articleId, authorId, changesetId, page.toRequest()));
    }

    @GET
    @Path("revisions/{id}")
    @Operation(summary = "Read a revision")
    public RevisionView get(@RestPath UUID id, @RestQuery String diff) {
        return revisions.get(id, diff);
    }

    @POST
    @Path("revisions/{id}/revert")
    @Operation(summary = "Put the block back to the text this revision left it with, as a new revision", description = """
            If-Match (or blockVersion) names the block's version the caller saw; when the block changed since, the \
            answer is 412 and nothing changes. When the block already has that text, nothing changes either: the \
            answer is 200 with the revision reverted to, instead of 201 with a new one.""")
    @APIResponse(responseCode = "201", description = "The new revision that reverts the block", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "200", description = "The block already had that text: the revision reverted to, and no new one", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RevisionView.class)))
    public RestResponse<RevisionView> revert(@RestPath UUID id, @RestHeader("If-Match") String ifMatch,
            @Valid RevertRequest body) {
        Long version = body != null && body.blockVersion() != null ? body.blockVersion()
                : ExpectedVersion.of(ifMatch, null).single().orElse(null);
        RevisionService.Reverted reverted = revisions.revert(id, version, body == null ? null : body.comment(), actor.get());
        // A revert to the text the block already has makes no revision: the answer is the one reverted to
        return RestResponse.status(reverted.changed() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                reverted.revision());
    }
}
