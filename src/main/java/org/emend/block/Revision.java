package org.emend.block;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;

import org.emend.persistence.Ids;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One saved change to a block's text, heading or status: who, when, from which version, the
 * text before and after, and why. History is append-only: a revision is never changed.
 */
@Entity
public class Revision extends PanacheEntityBase {

    @Id
    public UUID id = Ids.next();

    @Column(name = "block_kind", nullable = false, updatable = false)
    public BlockKind blockKind;

    @Column(name = "block_id", nullable = false, updatable = false)
    public UUID blockId;

    @Column(name = "article_id", nullable = false, updatable = false)
    public UUID articleId;

    @Column(name = "page_id", updatable = false)
    public UUID pageId;

    @Column(name = "base_version", nullable = false, updatable = false)
    public long baseVersion;

    @Column(name = "new_version", nullable = false, updatable = false)
    public long newVersion;

    @Column(name = "heading_before", updatable = false)
    public String headingBefore;

    @Column(name = "heading_after", updatable = false)
    public String headingAfter;

    @Column(name = "text_before", nullable = false, updatable = false)
    public String textBefore;

    @Column(name = "text_after", nullable = false, updatable = false)
    public String textAfter;

    @Column(name = "status_before", nullable = false, updatable = false)
    public BlockStatus statusBefore;

    @Column(name = "status_after", nullable = false, updatable = false)
    public BlockStatus statusAfter;

    @Column(updatable = false)
    public String comment;

    @Column(name = "author_id", updatable = false)
    public UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    /** The API token that made the change, when one did. */
    @Column(name = "author_token_id")
    public UUID authorTokenId;

    @Column(name = "changeset_id", updatable = false)
    public UUID changesetId;

    @Column(name = "reverts_id", updatable = false)
    public UUID revertsId;

    /** The OCR run whose text this revision put in: set when the text is machine-made. */
    @Column(name = "ocr_run_id", updatable = false)
    public UUID ocrRunId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @PrePersist
    void stamp() {
        if (createdAt == null) {
            createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    public boolean changedText() {
        return !textBefore.equals(textAfter) || !java.util.Objects.equals(headingBefore, headingAfter);
    }

    public static List<Revision> ofBlock(BlockKind kind, UUID blockId) {
        return list("blockKind = ?1 and blockId = ?2 order by createdAt, id", kind, blockId);
    }

    /** The last revision that changed the block's text, or {@code null}. */
    public static Revision lastTextChange(BlockKind kind, UUID blockId) {
        return find("blockKind = ?1 and blockId = ?2 and (textBefore <> textAfter"
                + " or headingBefore is distinct from headingAfter) order by createdAt desc, id desc", kind, blockId)
                .firstResult();
    }

    public static List<Revision> ofChangeset(UUID changesetId) {
        return list("changesetId = ?1 order by createdAt, id", changesetId);
    }
}
