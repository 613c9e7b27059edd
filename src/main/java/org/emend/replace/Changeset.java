package org.emend.replace;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.emend.persistence.VersionedEntity;

/** Changes made together by one find and replace, each block's a revision tagged with it; reverted as a whole. */
@Entity
public class Changeset extends VersionedEntity {

    @Column(nullable = false)
    public String description;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "author_token_id")
    public UUID authorTokenId;

    /** The changeset this one undid, when it is a revert. */
    @Column(name = "reverts_id")
    public UUID revertsId;
}
