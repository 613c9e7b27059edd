package org.emend.block;

import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.users.Actor;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What every save of a block goes through, from the API or the console: the workflow decides
 * the status, a revision records the change, the page's garble score follows its blocks'.
 */
@ApplicationScoped
public class BlockHistory {

    /**
     * The block's status after a save that took it from {@code before} to its current text;
     * a new block takes the status asked for.
     */
    public BlockStatus nextStatus(TextBlock block, BlockState before, BlockStatus requested, Actor actor) {
        if (block.version == null) {
            return requested == null ? BlockStatus.RAW : requested;
        }
        boolean textChanged = !Objects.equals(before.text(), block.text) || !Objects.equals(before.heading(), block.heading());
        return Workflow.next(before.status(), requested, textChanged, actor, lastTextAuthor(block));
    }

    /**
     * Records the save as a revision when it changed the text, heading or status (the block
     * already flushed, so its new version is known), and rescores its page. Returns the
     * revision, or {@code null} when nothing a revision tracks changed.
     */
    public Revision record(TextBlock block, BlockState before, Edit edit, Actor actor) {
        boolean changed = !Objects.equals(before.text(), block.text) || !Objects.equals(before.heading(), block.heading())
                || before.status() != block.status;
        if (!changed) {
            return null;
        }
        Revision revision = new Revision();
        revision.blockKind = block.kind();
        revision.blockId = block.id;
        revision.articleId = block.articleId();
        revision.pageId = block.page() == null ? null : block.page().id;
        revision.baseVersion = before.version();
        revision.newVersion = block.version;
        revision.headingBefore = before.heading();
        revision.headingAfter = block.heading();
        revision.textBefore = before.text();
        revision.textAfter = block.text;
        revision.statusBefore = before.status();
        revision.statusAfter = block.status;
        revision.comment = edit.comment() == null || edit.comment().isBlank() ? null : edit.comment().strip();
        revision.authorId = actor.userId();
        revision.authorTokenId = actor.tokenId();
        revision.authorName = actor.name();
        revision.changesetId = edit.changesetId();
        revision.revertsId = edit.revertsId();
        revision.ocrRunId = edit.ocrRunId();
        revision.persist();
        if (revision.pageId != null && !Objects.equals(before.text(), block.text)) {
            rescorePage(revision.pageId);
        }
        return revision;
    }

    private static Actor lastTextAuthor(TextBlock block) {
        Revision last = Revision.lastTextChange(block.kind(), block.id);
        return last == null ? null : new Actor(last.authorId, last.authorTokenId, last.authorName, false, true);
    }

    /** A page's garble score is its blocks' scores weighted by their length. */
    public static void rescorePage(UUID pageId) {
        Panache.getEntityManager().flush();
        Panache.getEntityManager()
                .createNativeQuery(
                        """
                                UPDATE page SET garble_score = scored.score, version = version + 1, updated_at = now()
                                FROM (SELECT round((sum(garble_score * char_length(text)) / nullif(sum(char_length(text)), 0))::numeric, 3) AS score
                                      FROM block WHERE page_id = :page AND garble_score IS NOT NULL) scored
                                WHERE page.id = :page AND scored.score IS NOT NULL""")
                .setParameter("page", pageId).executeUpdate();
    }
}
