package org.emend.issue;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.crud.RecordService;
import org.emend.failure.Failure;
import org.emend.journal.Journal;

@ApplicationScoped
public class IssueService extends RecordService<Issue, IssueInput, IssueView> {

    /** What the caller may read: anonymous callers see only published content. */
    @Inject
    IssueVisibility visibility;

    @Inject
    Event<IssueDeletion> deletions;

    private static final Keyset<Issue> ORDER = Keyset.of(Keyset.uuid("id", issue -> issue.id));

    IssueService() {
        super(Issue.class, IssueInput.class, "issue");
    }

    @Override
    protected void checkReadable(Issue issue) {
        visibility.requireReadable(issue);
    }

    /** Issues, optionally of one journal (which must exist) and year. */
    public ListPage<IssueView> list(UUID journalId, Integer year, PageRequest page) {
        if (journalId != null) {
            Journal.require(journalId);
        }
        Filter filter = Filter.all()
                .and("e.journal.id = :journal", "journal", journalId)
                .and("e.year = :year", "year", year);
        return Lists.page(Issue.class, visibility.issues(filter, "e"), ORDER, page, IssueView::of);
    }

    @Transactional
    public IssueView create(UUID journalId, IssueInput input) {
        Issue issue = new Issue();
        issue.journal = Journal.require(journalId);
        apply(input, issue);
        return created(issue);
    }

    @Override
    protected IssueView view(Issue issue) {
        return IssueView.of(issue);
    }

    @Override
    protected void apply(IssueInput input, Issue issue) {
        if (Issue.numberingTaken(issue.journal.id, input.year(), input.volume(), input.number(), issue.id)) {
            throw Failure.conflict("The journal already has an issue " + input.year()
                    + (input.volume() == null ? "" : ", volume " + input.volume())
                    + (input.number() == null ? "" : ", number " + input.number()));
        }
        issue.year = input.year();
        issue.volume = input.volume();
        issue.number = input.number();
        issue.publishedOn = input.publishedOn();
    }

    @Override
    protected void beforeDelete(Issue issue, boolean cascade) {
        deletions.fire(new IssueDeletion(issue.id, cascade));
    }
}
