package org.emend.images;

import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.emend.persistence.StampedEntity;

/** The scan of one page, kept in PostgreSQL; TIFF scans get a PNG copy for browsers. */
@Entity
@Table(name = "page_image")
public class PageImage extends StampedEntity {

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
}
