package org.emend.ocr.engine;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asking for a page to be read again: in these languages, or its article's when none are named. */
public record OcrRequest(
        @Schema(description = "Tesseract's language codes, as chi_sim, chi_tra or eng; the article's when empty") @Size(max = 4) List<@Pattern(regexp = "[a-z_]{3,16}", message = "is not a Tesseract language code") String> languages) {
}
