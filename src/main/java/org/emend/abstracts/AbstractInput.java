package org.emend.abstracts;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockInput;
import org.emend.block.BlockStatus;
import org.emend.block.TextLimits;
import org.emend.web.Languages;

/** What a client sends to create or replace an abstract. */
@Schema(name = "AbstractInput")
public record AbstractInput(
        @NotBlank @Pattern(regexp = Languages.TAG, message = Languages.MESSAGE) @Schema(example = "en") String language,
        @Size(max = TextLimits.HEADING) String title,
        @NotNull @Size(max = TextLimits.NOTE_TEXT) String text,
        @Size(max = TextLimits.NOTE_TEXT) @Schema(description = "As OCR'd; the text when absent; set on creation, read-only afterwards") String ocrOriginal,
        @Size(max = 100) List<@NotBlank @Size(max = 500) String> keywords,
        @Schema(description = "A status asked for; the correction workflow decides when absent (raw for a new block)") BlockStatus status,
        UUID pageId,
        @Schema(description = "Cut off where it was printed; false when absent") Boolean incomplete,
        @Size(max = TextLimits.COMMENT) @Schema(description = "Why: kept with the revision this save makes") String comment)
        implements
            BlockInput {
}
