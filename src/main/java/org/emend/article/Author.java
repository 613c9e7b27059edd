package org.emend.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One author of an article, as printed and in Latin script (李冰 / Li Bing). */
@Schema(name = "Author")
public record Author(
        @NotBlank @Size(max = 300) @Schema(description = "The name as printed, in the article's script") String name,
        @Size(max = 300) @Schema(description = "The name in Latin script") String latinName) {
}
