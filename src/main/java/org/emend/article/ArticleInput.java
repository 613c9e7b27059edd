package org.emend.article;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.web.Languages;

/** What a client sends to create or replace an article's metadata. */
@Schema(name = "ArticleInput")
public record ArticleInput(
        @NotBlank @Size(max = 2000) @Schema(description = "The title in the article's language") String title,
        @Size(max = 2000) String englishTitle,
        @Size(max = 200) List<@Valid @NotNull Author> authors,
        @NotBlank @Pattern(regexp = Languages.TAG, message = Languages.MESSAGE) @Schema(example = "zh") String language,
        @Size(min = 1, max = 20) @Schema(description = "First printed page number", example = "079") String firstPage,
        @Size(min = 1, max = 20) @Schema(description = "Last printed page number", example = "092") String lastPage,
        @Schema(description = "draft when absent") ArticleStatus status,
        @Schema(description = "Known only from its abstract; false when absent") Boolean abstractOnly) {
}
