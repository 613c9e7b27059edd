package org.emend.section;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockStatus;
import org.emend.crud.Versioned;

/** A section as the API shows it. */
@Schema(name = "Section")
public record SectionView(
        UUID id,
        UUID articleId,
        Integer ordinal,
        Integer level,
        String heading,
        String text,
        String ocrOriginal,
        BlockStatus status,
        @Schema(description = "How garbled the text is: 0 clean to 1 OCR garbage") Double garbleScore,
        UUID pageId,
        boolean continuesPrevious,
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    public static SectionView of(Section section) {
        return new SectionView(section.id, section.article.id, section.ordinal, section.level.intValue(),
                section.heading, section.text, section.ocrOriginal, section.status, section.garbleScore,
                section.page == null ? null : section.page.id, section.continuesPrevious,
                section.createdAt, section.updatedAt, section.version);
    }
}
