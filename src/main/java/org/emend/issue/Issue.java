package org.emend.issue;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.emend.journal.Journal;
import org.emend.persistence.Lookups;
import org.emend.persistence.VersionedEntity;

/** One number of a journal, such as 2024 No. 6. */
@Entity
public class Issue extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_id", updatable = false)
    public Journal journal;

    @Column(nullable = false)
    public Integer year;

    public String volume;

    public String number;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public static long countInJournal(UUID journalId) {
        return count("journal.id", journalId);
    }

    public static boolean numberingTaken(UUID journalId, int year, String volume, String number, UUID except) {
        return count("journal.id = ?1 and year = ?2 and volume is not distinct from ?3 and number is not distinct from ?4"
                + " and id <> ?5", journalId, year, volume, number, except) > 0;
    }

    public static void deleteInJournal(UUID journalId) {
        delete("journal.id", journalId);
    }

    /** The issue, or a 404 problem. */
    public static Issue require(UUID id) {
        return Lookups.require(Issue.class, id, "issue");
    }
}
