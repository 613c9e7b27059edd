package org.emend.article;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.emend.crud.ExpectedVersion;
import org.emend.issue.Issue;
import org.emend.issue.IssueService;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Publishes an issue with its articles, as an editor does from the issue's page: the issue dated
 * today unless it has a date already come, each of its articles published but those known only
 * from their abstracts, which are still to be completed. Each change is a write like any other
 * (versions, change feed, OAI-PMH), all in one transaction.
 */
@ApplicationScoped
public class IssuePublication {

    /** What publishing did: the issue's date, the articles published now, those left as drafts. */
    public record Published(LocalDate publishedOn, int articles, int leftAsDrafts) {
    }

    private final IssueService issues;
    private final ArticleService articles;

    IssuePublication(IssueService issues, ArticleService articles) {
        this.issues = issues;
        this.articles = articles;
    }

    @Transactional
    public Published publish(UUID issueId) {
        LocalDate publishedOn = Issue.require(issueId).publishedOn;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (publishedOn == null || publishedOn.isAfter(today)) {
            issues.patch(issueId, ExpectedVersion.any(), json.objectNode().put("publishedOn", today.toString()));
            publishedOn = today;
        }
        int published = 0;
        int drafts = 0;
        for (Article article : Article.<Article> list("issue.id = ?1 order by id", issueId)) {
            if (article.status == ArticleStatus.PUBLISHED) {
                continue;
            }
            if (article.abstractOnly) {
                drafts++;
            } else {
                articles.patch(article.id, ExpectedVersion.any(), json.objectNode().put("status", "published"));
                published++;
            }
        }
        return new Published(publishedOn, published, drafts);
    }
}
