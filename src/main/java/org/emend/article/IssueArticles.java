package org.emend.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.emend.failure.Failure;
import org.emend.issue.IssueDeletion;
import org.emend.journal.JournalDeletion;

/** An issue's articles keep it from being deleted, or go with it (and its journal) when the deletion cascades. */
@ApplicationScoped
class IssueArticles {

    void onIssueDeletion(@Observes IssueDeletion deletion) {
        long articles = Article.countInIssue(deletion.issueId());
        if (articles == 0) {
            return;
        }
        if (!deletion.cascade()) {
            throw Failure.conflict("The issue still has " + articles
                    + " article(s); delete them first, or delete with cascade=true to remove them too");
        }
        Article.deleteInIssue(deletion.issueId());
    }

    /**
     * Runs before the journal's issues are looked at (an earlier priority than theirs), since an article
     * must be gone before its issue can go; without cascade it leaves the refusing to the issues.
     */
    void onJournalDeletion(@Observes @Priority(Interceptor.Priority.APPLICATION) JournalDeletion deletion) {
        if (deletion.cascade()) {
            Article.deleteInJournal(deletion.journalId());
        }
    }
}
