package org.emend.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.crud.Versioned;

/** An issue as the API shows it. */
@Schema(name = "Issue")
public record IssueView(
        UUID id,
        UUID journalId,
        Integer year,
        String volume,
        String number,
        LocalDate publishedOn,
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    static IssueView of(Issue issue) {
        return new IssueView(issue.id, issue.journal.id, issue.year, issue.volume, issue.number, issue.publishedOn,
                issue.createdAt, issue.updatedAt, issue.version);
    }
}
