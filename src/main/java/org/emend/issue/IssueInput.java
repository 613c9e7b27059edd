package org.emend.issue;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace an issue. */
@Schema(name = "IssueInput")
public record IssueInput(
        @NotNull @Min(1600) @Max(2999) Integer year,
        @Size(min = 1, max = 50) String volume,
        @Size(min = 1, max = 50) @Schema(description = "The issue number as printed, e.g. 6 or S1") String number,
        LocalDate publishedOn) {
}
