package org.emend.journal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.crud.Versioned;

/** A journal as the API shows it. */
@Schema(name = "Journal")
public record JournalView(
        UUID id,
        String title,
        String englishTitle,
        String issn,
        String eissn,
        String cnCode,
        String publisher,
        Instant createdAt,
        Instant updatedAt,
        Long version) implements Versioned {

    static JournalView of(Journal journal) {
        return new JournalView(journal.id, journal.title, journal.englishTitle, journal.issn, journal.eissn,
                journal.cnCode, journal.publisher, journal.createdAt, journal.updatedAt, journal.version);
    }
}
