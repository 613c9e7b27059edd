package org.emend.journal;

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

@ApplicationScoped
public class JournalService extends RecordService<Journal, JournalInput, JournalView> {

    @Inject
    Event<JournalDeletion> deletions;

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
        deletions.fire(new JournalDeletion(journal.id, cascade));
    }
}
