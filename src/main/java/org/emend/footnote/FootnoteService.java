package org.emend.footnote;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.block.BlockKind;
import org.emend.block.BlockService;
import org.emend.block.BlockStatus;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.PageRequest;

@ApplicationScoped
public class FootnoteService extends BlockService<Footnote, FootnoteInput, FootnoteView> {

    private static final Keyset<Footnote> ORDER = Keyset.of(
            Keyset.uuid("article.id", footnote -> footnote.article.id),
            Keyset.integer("ordinal", footnote -> footnote.ordinal));

    FootnoteService() {
        super(Footnote.class, FootnoteInput.class, BlockKind.FOOTNOTE, Footnote::new);
    }

    /** Footnotes in article order, optionally of one article, with a status, or on a page. */
    public ListPage<FootnoteView> list(UUID articleId, BlockStatus status, UUID pageId, PageRequest page) {
        return list(articleId, Filter.all()
                .and("e.status = :status", "status", status)
                .and("e.page.id = :page", "page", pageId), ORDER, page);
    }

    @Override
    protected FootnoteView view(Footnote footnote) {
        return FootnoteView.of(footnote);
    }

    @Override
    protected void applyOwnFields(FootnoteInput input, Footnote footnote) {
        footnote.numberOnPage = input.numberOnPage();
        footnote.marker = input.marker();
        footnote.language = input.language();
    }
}
