package org.emend.footnote;

import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockInput;
import org.emend.block.BlockStatus;
import org.emend.block.TextLimits;
import org.emend.web.Languages;

/** What a client sends to create or replace a footnote. */
@Schema(name = "FootnoteInput")
public record FootnoteInput(
        @Min(1) @Schema(description = "Position in the article, from 1; the next free one when absent") Integer ordinal,
        UUID pageId,
        @Min(1) @Schema(description = "The note's number on its page (numbering restarts on each page)") Integer numberOnPage,
        @Size(max = TextLimits.MARKER) @Schema(description = "The marker as printed", example = "①") String marker,
        @NotBlank @Pattern(regexp = Languages.TAG, message = Languages.MESSAGE) String language,
        @NotNull @Size(max = TextLimits.NOTE_TEXT) String text,
        @Size(max = TextLimits.NOTE_TEXT) @Schema(description = "As OCR'd; the text when absent; set on creation, read-only afterwards") String ocrOriginal,
        @Schema(description = "A status asked for; the correction workflow decides when absent (raw for a new block)") BlockStatus status,
        @Size(max = TextLimits.COMMENT) @Schema(description = "Why: kept with the revision this save makes") String comment)
        implements
            BlockInput {
}
