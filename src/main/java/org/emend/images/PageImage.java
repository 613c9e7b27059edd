package org.emend.images;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The scan of one page, kept in PostgreSQL; TIFF scans get a PNG copy for browsers. */
@Entity
@Table(name = "page_image")
public class PageImage extends PanacheEntityBase {

    @Id
    @Column(name = "page_id")
    public UUID pageId;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "display_media_type", nullable = false)
    public String displayMediaType;

    /** A browser-friendly copy when the original is not (TIFF); {@code null} when the original serves. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "display_content")
    public byte[] displayContent;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;

    public Integer width;

    public Integer height;

    @Column(nullable = false)
    public String sha256;

    @Version
    @Column(nullable = false)
    public Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
