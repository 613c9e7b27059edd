package org.emend.article;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.crud.Filter;
import org.emend.issue.IssueVisibility;

/**
 * What an anonymous caller may read of articles and of what is in them: published articles of
 * published issues. Tokens and editors see everything.
 */
@ApplicationScoped
public class ArticleVisibility {

    private final IssueVisibility issues;

    ArticleVisibility(IssueVisibility issues) {
        this.issues = issues;
    }

    public boolean seesDrafts() {
        return issues.seesDrafts();
    }

    /** Narrows a list to what the caller may read; {@code article} is the HQL path to the article. */
    public Filter articles(Filter filter, String article) {
        if (seesDrafts()) {
            return filter;
        }
        return issues.issues(filter.and(article + ".status = :visibleStatus", "visibleStatus", ArticleStatus.PUBLISHED),
                article + ".issue");
    }

    /** Refuses an anonymous read of a draft article or of anything in it. */
    public void requireReadable(Article article) {
        if (!seesDrafts() && (article.status != ArticleStatus.PUBLISHED || !IssueVisibility.published(article.issue))) {
            throw IssueVisibility.unpublished("This article is not published");
        }
    }
}
