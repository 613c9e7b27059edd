package org.emend.archive;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The fields a bag holds for each kind of record, in archive format {@link ArchiveFormat#CURRENT}:
 * named here rather than read from the schema, so that a migration cannot change what bags hold
 * (or what a restore expects) without a change here and a new format version. Field names are the
 * column names of the schema the format was defined against (format 1: V13; format 2, which adds
 * OCR runs, the source PDF and the blocks' and revisions' {@code ocr_run_id}: V17). A later
 * migration that renames or adds a column maps it in {@link ArchiveFormat}'s upgrades, and
 * {@code ArchiveFormatTest} fails until it does.
 */
enum RecordFormat {
    JOURNAL("journal", "id", "title", "english_title", "issn", "eissn", "cn_code", "publisher", "created_at",
            "updated_at", "version"),
    ISSUE("issue", "id", "journal_id", "year", "volume", "number", "published_on", "created_at", "updated_at", "version"),
    OCR_IMPORT("ocr_import", "id", "sha256", "file_name", "charset", "byte_size", "issue_id", "report", "created_at",
            "updated_at", "version"),
    ARTICLE("article", "id", "issue_id", "title", "english_title", "authors", "language", "first_page", "last_page",
            "status", "created_at", "updated_at", "version", "import_id", "abstract_only"),
    PAGE("page", "id", "article_id", "sequence", "printed_number", "ocr_original", "running_head", "watermark",
            "created_at", "updated_at", "version", "garble_score", "printed_number_inferred"),
    SECTION("section", "id", "article_id", "ordinal", "level", "heading", "text", "ocr_original", "status", "page_id",
            "continues_previous", "created_at", "updated_at", "version", "garble_score", "ocr_run_id"),
    FOOTNOTE("footnote", "id", "article_id", "page_id", "ordinal", "number_on_page", "marker", "language", "text",
            "ocr_original", "status", "created_at", "updated_at", "version", "garble_score", "citations", "ocr_run_id"),
    ABSTRACT("article_abstract", "id", "article_id", "page_id", "language", "title", "text", "ocr_original", "keywords",
            "status", "created_at", "updated_at", "version", "garble_score", "incomplete", "ocr_run_id"),
    /** Format 2: what an OCR engine read on a page, its hOCR included. */
    OCR_RUN("ocr_run", "id", "page_id", "job_id", "engine", "engine_version", "languages", "settings", "mean_confidence",
            "text", "hocr", "created_at"),
    /** Format 2: the PDF an import came from; its bytes are a file of their own (source.pdf). */
    SOURCE_FILE("source_file", "import_id", "media_type", "sha256", "byte_size", "created_at"),
    /** The image bytes are files of their own in the bag (pages/NNN.png), not fields. */
    PAGE_IMAGE("page_image", "page_id", "media_type", "display_media_type", "byte_size", "width", "height", "sha256",
            "created_at", "updated_at", "version"),
    CHANGESET("changeset", "id", "description", "author_id", "author_name", "reverts_id", "created_at", "updated_at",
            "version", "author_token_id"),
    REVISION("revision", "id", "block_kind", "block_id", "article_id", "page_id", "base_version", "new_version",
            "heading_before", "heading_after", "text_before", "text_after", "status_before", "status_after", "comment",
            "author_id", "author_name", "changeset_id", "reverts_id", "created_at", "author_token_id", "ocr_run_id");

    private final String table;
    private final List<String> fields;

    RecordFormat(String table, String... fields) {
        this.table = table;
        this.fields = List.of(fields);
    }

    static RecordFormat of(String table) {
        for (RecordFormat format : values()) {
            if (format.table.equals(table)) {
                return format;
            }
        }
        throw new IllegalArgumentException("No record format for table " + table);
    }

    String table() {
        return table;
    }

    List<String> fields() {
        return fields;
    }

    /** SQL for a row of this kind as a JSON object of the format's fields; {@code alias} names the row. */
    String json(String alias) {
        return "jsonb_build_object(" + fields.stream().map(field -> "'" + field + "', " + alias + "." + field)
                .collect(Collectors.joining(", ")) + ")";
    }
}
