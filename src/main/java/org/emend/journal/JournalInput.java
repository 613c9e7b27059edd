package org.emend.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a journal. */
@Schema(name = "JournalInput")
public record JournalInput(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 500) String englishTitle,
        @Pattern(regexp = ISSN, message = "must be an ISSN such as 1000-8439") String issn,
        @Pattern(regexp = ISSN, message = "must be an ISSN such as 1000-8439") String eissn,
        @Size(max = 50) String cnCode,
        @Size(max = 500) String publisher) {

    static final String ISSN = "[0-9]{4}-[0-9]{3}[0-9X]";
}
