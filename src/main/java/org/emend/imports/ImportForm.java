package org.emend.imports;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The fields of a multipart import: the file, and what {@link ImportRequest} says about it. */
public class ImportForm {

    @RestForm("file")
    public FileUpload file;

    @RestForm
    public UUID journalId;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String journal;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String journalEnglishTitle;

    @RestForm
    public UUID issueId;

    @RestForm
    public Integer year;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String volume;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String issue;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String title;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String englishTitle;

    @RestForm("author")
    @PartType(MediaType.TEXT_PLAIN)
    public List<String> authors;

    @RestForm
    public String language;

    @RestForm
    public String charset;

    @RestForm
    public boolean replace;

    /** What opens a password-protected PDF. */
    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String password;

    ImportRequest toRequest() {
        return new ImportRequest(journalId, journal, journalEnglishTitle, issueId, year, volume, issue, title, englishTitle,
                authors, language, charset, file == null ? null : file.fileName(), replace,
                password == null || password.isEmpty() ? null : password);
    }
}
