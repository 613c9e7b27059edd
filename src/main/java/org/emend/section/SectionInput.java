package org.emend.section;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockInput;
import org.emend.block.BlockStatus;
import org.emend.block.TextLimits;

/** What a client sends to create or replace a section. */
@Schema(name = "SectionInput")
public record SectionInput(
        @Min(1) @Schema(description = "Position in the article, from 1; the next free one when absent") Integer ordinal,
        @NotNull @Min(1) @Max(3) Integer level,
        @Size(max = TextLimits.HEADING) String heading,
        @NotNull @Size(max = TextLimits.SECTION_TEXT) String text,
        @Size(max = TextLimits.SECTION_TEXT) @Schema(description = "As OCR'd; the text when absent; set on creation, read-only afterwards") String ocrOriginal,
        @Schema(description = "A status asked for; the correction workflow decides when absent (raw for a new block)") BlockStatus status,
        @Schema(description = "The page this part of the section is printed on") UUID pageId,
        @Schema(description = "True when this record carries on the previous section across a page break") Boolean continuesPrevious,
        @Size(max = TextLimits.COMMENT) @Schema(description = "Why: kept with the revision this save makes") String comment)
        implements
            BlockInput {
}
