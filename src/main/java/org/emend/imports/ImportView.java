package org.emend.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.crud.Versioned;
import org.emend.ocr.ImportReport;

/** An import as the API shows it: what came in, which records it made, and the report. */
@Schema(name = "Import")
public record ImportView(
        UUID id,
        String sha256,
        String fileName,
        String charset,
        long byteSize,
        UUID issueId,
        @Schema(description = "The imported article first, then those known only from their abstracts") List<UUID> articleIds,
        ImportReport report,
        @Schema(description = "The background jobs working on a PDF's pages (GET /api/v1/jobs/{id}): rendering their scans, and OCR of those whose text layer is garbled or missing") List<UUID> jobIds,
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    static ImportView of(OcrImport record, List<UUID> articleIds, List<UUID> jobIds) {
        return new ImportView(record.id, record.sha256, record.fileName, record.charset, record.byteSize, record.issueId,
                articleIds, record.report, jobIds, record.createdAt, record.updatedAt, record.version);
    }
}
