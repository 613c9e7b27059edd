package org.emend.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.emend.article.Article;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.crud.RecordService;
import org.emend.failure.Failure;
import org.emend.issue.Issue;

@ApplicationScoped
public class JournalService extends RecordService<Journal, JournalInput, JournalView> {

    private static final Keyset<Journal> ORDER = Keyset.of(Keyset.uuid("id", journal -> journal.id));

    JournalService() {
        super(Journal.class, JournalInput.class, "journal");
    }

    public ListPage<JournalView> list(PageRequest page) {
        return Lists.page(Journal.class, Filter.all(), ORDER, page, JournalView::of);
    }

    @Transactional
    public JournalView create(JournalInput input) {
        Journal journal = new Journal();
        apply(input, journal);
        return created(journal);
    }

    @Override
    protected JournalView view(Journal journal) {
        return JournalView.of(journal);
    }

    @Override
    protected void apply(JournalInput input, Journal journal) {
        journal.title = input.title();
        journal.englishTitle = input.englishTitle();
        journal.issn = input.issn();
        journal.eissn = input.eissn();
        journal.cnCode = input.cnCode();
        journal.publisher = input.publisher();
    }

    @Override
    protected void beforeDelete(Journal journal, boolean cascade) {
        long issues = Issue.countInJournal(journal.id);
        if (issues == 0) {
            return;
        }
        if (!cascade) {
            throw Failure.conflict("The journal still has " + issues
                    + " issue(s); delete them first, or delete with cascade=true to remove them and their articles");
        }
        Article.deleteInJournal(journal.id);
        Issue.deleteInJournal(journal.id);
    }
}
