package org.emend.history;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.article.Article;
import org.emend.block.BlockEditor;
import org.emend.block.BlockKind;
import org.emend.block.Edit;
import org.emend.block.Revision;
import org.emend.block.TextBlock;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.persistence.Lookups;
import org.emend.users.Actor;

/** Reading history, and reverting a block to the text a revision left it with. */
@ApplicationScoped
public class RevisionService {

    // Revision ids are time-ordered (UUIDv7): by id is by when they were made
    private static final Keyset<Revision> NEWEST_FIRST = Keyset.descending(Keyset.uuid("id", revision -> revision.id));
    private static final Keyset<Revision> OLDEST_FIRST = Keyset.of(Keyset.uuid("id", revision -> revision.id));

    private final BlockEditor editor;

    RevisionService(BlockEditor editor) {
        this.editor = editor;
    }

    /** A block's revisions, oldest first. */
    public List<RevisionView> ofBlock(BlockKind kind, UUID blockId, String diff) {
        editor.find(kind, blockId);
        return Revision.ofBlock(kind, blockId).stream().map(revision -> RevisionView.of(revision, diff)).toList();
    }

    /** A page of a block's revisions, oldest first, as the API lists them. */
    public ListPage<RevisionView> ofBlock(BlockKind kind, UUID blockId, String diff, PageRequest page) {
        editor.find(kind, blockId);
        Filter filter = Filter.all().and("e.blockKind = :kind", "kind", kind).and("e.blockId = :block", "block", blockId);
        return Lists.page(Revision.class, filter, OLDEST_FIRST, page, revision -> RevisionView.of(revision, diff));
    }

    public List<RevisionView> ofChangeset(UUID changesetId) {
        return Revision.ofChangeset(changesetId).stream().map(revision -> RevisionView.of(revision, null)).toList();
    }

    public RevisionView get(UUID id, String diff) {
        return RevisionView.of(Lookups.require(Revision.class, id, "revision"), diff);
    }

    /** Revisions newest first, filtered by article, author account or changeset. */
    public ListPage<RevisionView> list(UUID articleId, UUID authorId, UUID changesetId, PageRequest page) {
        if (articleId != null) {
            Article.require(articleId);
        }
        Filter filter = Filter.all()
                .and("e.articleId = :article", "article", articleId)
                .and("e.authorId = :author", "author", authorId)
                .and("e.changesetId = :changeset", "changeset", changesetId);
        return Lists.page(Revision.class, filter, NEWEST_FIRST, page, revision -> RevisionView.of(revision, null));
    }

    /** What a revert did: the revision it made, or, when the block already had that text, none. */
    public record Reverted(RevisionView revision, boolean changed) {
    }

    /**
     * Puts the block back to the text and heading the revision left it with, as a new revision
     * (history only grows). {@code blockVersion}, when given, is the version the caller saw.
     */
    public Reverted revert(UUID revisionId, Long blockVersion, String comment, Actor actor) {
        Revision target = Lookups.require(Revision.class, revisionId, "revision");
        TextBlock block = editor.find(target.blockKind, target.blockId);
        long base = blockVersion != null ? blockVersion : block.version;
        String why = comment == null || comment.isBlank() ? "Reverted to the text of revision " + target.id : comment;
        Revision made = editor.edit(target.blockKind, target.blockId, base,
                new BlockEditor.Change(target.headingAfter == null ? "" : target.headingAfter, target.textAfter, null),
                new Edit(why, null, target.id), actor);
        return made == null ? new Reverted(RevisionView.of(target, null), false)
                : new Reverted(RevisionView.of(made, null), true);
    }

    /**
     * Puts the block back to the text, heading and status it was imported with (what its first
     * revision started from), as a new revision. Returns {@code null} when it has them already.
     */
    public RevisionView restoreImported(BlockKind kind, UUID blockId, Long blockVersion, String comment, Actor actor) {
        TextBlock block = editor.find(kind, blockId);
        List<Revision> history = Revision.ofBlock(kind, blockId);
        if (history.isEmpty()) {
            return null;
        }
        Revision first = history.get(0);
        long base = blockVersion != null ? blockVersion : block.version;
        String why = comment == null || comment.isBlank() ? "Restored the text as imported" : comment;
        Revision made = editor.edit(kind, blockId, base,
                new BlockEditor.Change(first.headingBefore == null ? "" : first.headingBefore, first.textBefore,
                        first.statusBefore, BlockEditor.Nature.IMPORTED),
                new Edit(why, null, first.id), actor);
        return made == null ? null : RevisionView.of(made, null);
    }
}
