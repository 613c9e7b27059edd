package org.emend.issue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.emend.failure.Failure;
import org.emend.journal.JournalDeletion;

/** A journal's issues keep it from being deleted, or go with it when the deletion cascades. */
@ApplicationScoped
class JournalIssues {

    void onJournalDeletion(@Observes JournalDeletion deletion) {
        long issues = Issue.countInJournal(deletion.journalId());
        if (issues == 0) {
            return;
        }
        if (!deletion.cascade()) {
            throw Failure.conflict("The journal still has " + issues
                    + " issue(s); delete them first, or delete with cascade=true to remove them and their articles");
        }
        Issue.deleteInJournal(deletion.journalId());
    }
}
