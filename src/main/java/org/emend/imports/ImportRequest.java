package org.emend.imports;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.emend.web.Languages;

/**
 * Where an OCR dump goes and what is known about it. The issue is given by id, or by its
 * journal (id or title, created when new), year, volume and number (created when new).
 *
 * @param authors the authors' names as printed, in order
 * @param replace import again even if the same file was imported before, replacing that import
 * @param password what opens a password-protected PDF; never stored
 */
public record ImportRequest(
        UUID journalId,
        @Size(max = 500) String journal,
        @Size(max = 500) String journalEnglishTitle,
        UUID issueId,
        @Min(1600) @Max(2999) Integer year,
        @Size(min = 1, max = 50) String volume,
        @Size(min = 1, max = 50) String issue,
        @Size(max = 2000) String title,
        @Size(max = 2000) String englishTitle,
        @Size(max = 200) List<@Size(min = 1, max = 300) String> authors,
        @Pattern(regexp = Languages.TAG, message = Languages.MESSAGE) String language,
        @Size(max = 50) String charset,
        @Size(max = 500) String fileName,
        boolean replace,
        @Size(max = 200) String password) {

    public ImportRequest(UUID journalId, String journal, String journalEnglishTitle, UUID issueId, Integer year, String volume,
            String issue, String title, String englishTitle, List<String> authors, String language, String charset,
            String fileName, boolean replace) {
        this(journalId, journal, journalEnglishTitle, issueId, year, volume, issue, title, englishTitle, authors, language,
                charset, fileName, replace, null);
    }

    /** The same request, its PDF password never written out. */
    @Override
    public String toString() {
        return "ImportRequest[journal=" + journal + ", year=" + year + ", issue=" + issue + ", fileName=" + fileName
                + (password == null ? "" : ", password=…") + "]";
    }
}
