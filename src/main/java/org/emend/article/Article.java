package org.emend.article;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.emend.issue.Issue;
import org.emend.persistence.Lookups;
import org.emend.persistence.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One paper in an issue. Its pages, sections, footnotes and abstracts refer to it and go
 * with it when it is deleted (the schema cascades).
 */
@Entity
public class Article extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id", updatable = false)
    public Issue issue;

    @Column(nullable = false)
    public String title;

    @Column(name = "english_title")
    public String englishTitle;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Author> authors = new ArrayList<>();

    @Column(nullable = false)
    public String language;

    @Column(name = "first_page")
    public String firstPage;

    @Column(name = "last_page")
    public String lastPage;

    @Column(nullable = false)
    public ArticleStatus status = ArticleStatus.DRAFT;

    /** The OCR import that created the article, if one did. */
    @Column(name = "import_id")
    public UUID importId;

    /** Known only from its abstract, found on another article's abstracts page: to be completed. */
    @Column(name = "abstract_only", nullable = false)
    public boolean abstractOnly;

    /** The article, or a 404 problem. */
    public static Article require(UUID id) {
        return Lookups.require(Article.class, id, "article");
    }

    public static long countInIssue(UUID issueId) {
        return count("issue.id", issueId);
    }

    public static void deleteInIssue(UUID issueId) {
        delete("issue.id", issueId);
    }

    public static void deleteInJournal(UUID journalId) {
        delete("issue.id in (select i.id from Issue i where i.journal.id = ?1)", journalId);
    }
}
