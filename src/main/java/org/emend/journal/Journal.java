package org.emend.journal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.emend.persistence.Lookups;
import org.emend.persistence.VersionedEntity;

/** A periodical, such as 国际问题研究 (International Studies). */
@Entity
public class Journal extends VersionedEntity {

    @Column(nullable = false)
    public String title;

    @Column(name = "english_title")
    public String englishTitle;

    public String issn;

    public String eissn;

    /** China's domestic serial number (国内统一刊号), e.g. {@code 11-1137/D}. */
    @Column(name = "cn_code")
    public String cnCode;

    public String publisher;

    /** The journal, or a 404 problem. */
    public static Journal require(UUID id) {
        return Lookups.require(Journal.class, id, "journal");
    }
}
