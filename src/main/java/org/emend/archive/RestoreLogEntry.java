package org.emend.archive;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.emend.persistence.VersionedEntity;

/** One restore, as the restore log keeps it: who restored which bag, and what it replaced. */
@Entity
@Table(name = "restore_log")
public class RestoreLogEntry extends VersionedEntity {

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "author_token_id")
    public UUID authorTokenId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "bag_sha256", nullable = false)
    public String bagSha256;

    @Column(name = "bag_bytes", nullable = false)
    public long bagBytes;

    @Column(name = "replace_requested", nullable = false)
    public boolean replaceRequested;

    /** Journals, issues and articles of the bag that existed and were replaced, their history with them. */
    @Column(name = "replaced_records", nullable = false)
    public int replacedRecords;

    @Column(nullable = false)
    public int articles;

    @Column(nullable = false)
    public int revisions;
}
