package org.emend.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.article.Article;
import org.emend.block.BlockEditor;
import org.emend.block.BlockKind;
import org.emend.block.EditConflict;
import org.emend.block.TextBlock;
import org.emend.crud.ListPage;
import org.emend.crud.PageRequest;
import org.emend.failure.Failure;
import org.emend.history.Diffs;
import org.emend.history.RevisionService;
import org.emend.history.RevisionView;
import org.emend.page.Page;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** History in the console: a block's revisions with diffs and reverts, an article's recent changes, my changes. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class HistoryPages {

    private static final int CHANGES_PER_PAGE = 50;

    private final RevisionService revisions;
    private final BlockEditor blocks;
    private final CurrentActor actor;

    HistoryPages(RevisionService revisions, BlockEditor blocks, CurrentActor actor) {
        this.revisions = revisions;
        this.blocks = blocks;
        this.actor = actor;
    }

    /** A revision as the history pages show it: with its word and character diffs. */
    public record Change(RevisionView revision, List<Diffs.Op> words, List<Diffs.Op> characters, boolean headingChanged) {

        static Change of(RevisionView revision) {
            return new Change(revision, Diffs.words(revision.textBefore(), revision.textAfter()),
                    Diffs.characters(revision.textBefore(), revision.textAfter()),
                    !java.util.Objects.equals(revision.headingBefore(), revision.headingAfter()));
        }
    }

    /** The block a history is of. */
    public record BlockSummary(BlockKind kind, UUID id, UUID articleId, String articleTitle, UUID pageId, String pageNumber,
            String label, String status, long version, String text) {

        public String kindName() {
            return kind.name().toLowerCase();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance block(BlockSummary block, List<Change> changes, String note);

        static native TemplateInstance changes(String heading, UUID articleId, List<Change> changes, String next);
    }

    @GET
    @Path("history/{kind}/{id}")
    @Operation(hidden = true)
    public TemplateInstance block(@RestPath String kind, @RestPath UUID id, @RestQuery String note) {
        BlockKind blockKind = BlockKind.fromString(kind);
        TextBlock block = blocks.find(blockKind, id);
        Article article = Article.require(block.articleId());
        List<Change> changes = revisions.ofBlock(blockKind, id, null).stream()
                .sorted(Comparator.comparing(RevisionView::createdAt).reversed()).map(Change::of).toList();
        Page page = block.page();
        return Templates.block(new BlockSummary(blockKind, id, article.id, article.title, page == null ? null : page.id,
                page == null ? null : page.printedNumber != null ? page.printedNumber : String.valueOf(page.sequence),
                block.label(), block.status.name().toLowerCase(), block.version, block.text),
                changes, note);
    }

    @POST
    @Path("history/{kind}/{id}/revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revert(@RestPath String kind, @RestPath UUID id, @RestForm UUID revision, @RestForm long version,
            @RestForm String comment) {
        String note;
        try {
            note = revisions.revert(revision, version, comment, actor.get()).changed()
                    ? "Reverted: the block has the text of that revision again, as a new revision."
                    : "Nothing to revert: the block already has the text of that revision. To go back to the OCR text, restore it as imported.";
        } catch (EditConflict conflict) {
            note = "The block changed since you opened its history: nothing was reverted. Look again and retry.";
        } catch (Failure problem) {
            note = problem.detail();
        }
        return backToHistory(kind, id, note);
    }

    @POST
    @Path("history/{kind}/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response restoreImported(@RestPath String kind, @RestPath UUID id, @RestForm long version,
            @RestForm String comment) {
        String note;
        try {
            note = revisions.restoreImported(BlockKind.fromString(kind), id, version, comment, actor.get()) != null
                    ? "Restored: the block has its text as imported again, as a new revision."
                    : "Nothing to restore: the block still has its text as imported.";
        } catch (EditConflict conflict) {
            note = "The block changed since you opened its history: nothing was restored. Look again and retry.";
        } catch (Failure problem) {
            note = problem.detail();
        }
        return backToHistory(kind, id, note);
    }

    private static Response backToHistory(String kind, UUID id, String note) {
        return Response.seeOther(URI.create("/console/history/" + kind + "/" + id + "?note="
                + URLEncoder.encode(note, StandardCharsets.UTF_8))).build();
    }

    @GET
    @Path("articles/{id}/changes")
    @Operation(hidden = true)
    public TemplateInstance articleChanges(@RestPath UUID id, @RestQuery String after) {
        Article article = Article.require(id);
        ListPage<RevisionView> page = revisions.list(id, null, null, new PageRequest(after, CHANGES_PER_PAGE));
        return Templates.changes("Recent changes to " + article.title, id, page.items().stream().map(Change::of).toList(),
                page.nextCursor());
    }

    @GET
    @Path("my-changes")
    @Operation(hidden = true)
    public TemplateInstance myChanges(@RestQuery String after) {
        ListPage<RevisionView> page = revisions.list(null, actor.get().userId(), null,
                new PageRequest(after, CHANGES_PER_PAGE));
        return Templates.changes("My changes", null, page.items().stream().map(Change::of).toList(), page.nextCursor());
    }
}
