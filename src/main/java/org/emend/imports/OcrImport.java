package org.emend.imports;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.emend.ocr.ImportReport;
import org.emend.persistence.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One OCR dump imported: what it was (by its SHA-256), where it went, and the report. */
@Entity
@Table(name = "ocr_import")
public class OcrImport extends VersionedEntity {

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "file_name", updatable = false)
    public String fileName;

    @Column(nullable = false, updatable = false)
    public String charset;

    @Column(name = "byte_size", nullable = false, updatable = false)
    public long byteSize;

    @Column(name = "issue_id")
    public UUID issueId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ImportReport report;

    public static OcrImport findBySha256(String sha256) {
        return find("sha256", sha256).firstResult();
    }
}
