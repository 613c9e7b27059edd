package org.emend.ocr.engine;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Asking for pages to be read again: in these languages, or their article's when none are named;
 * for an article, only the pages named, or all.
 */
public record OcrRequest(
        @Schema(description = "Tesseract's language codes, as chi_sim, chi_tra or eng; the article's when empty") @Size(max = 4) List<@Pattern(regexp = "[a-z_]{3,16}", message = "is not a Tesseract language code") String> languages,
        @Schema(description = "For an article: the pages to read; all its pages with a PDF or scan when empty") @Size(max = 5000) List<@NotNull UUID> pageIds) {

    List<String> languagesOrNone() {
        return languages == null ? List.of() : languages;
    }

    List<UUID> pageIdsOrAll() {
        return pageIds == null ? List.of() : pageIds;
    }
}
