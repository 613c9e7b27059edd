package org.emend.footnote;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.emend.article.Article;
import org.emend.block.BlockStatus;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.failure.Failure;
import org.emend.history.BlockService;
import org.emend.page.Page;

@ApplicationScoped
public class FootnoteService extends BlockService<Footnote, FootnoteInput, FootnoteView> {

    private static final Keyset<Footnote> ORDER = Keyset.of(
            Keyset.uuid("article.id", footnote -> footnote.article.id),
            Keyset.integer("ordinal", footnote -> footnote.ordinal));

    FootnoteService() {
        super(Footnote.class, FootnoteInput.class, "footnote");
    }

    @Override
    protected void checkReadable(Footnote record) {
        visibility.requireReadable(record.article);
    }

    /** Footnotes in article order, optionally of one article, with a status, or on a page. */
    public ListPage<FootnoteView> list(UUID articleId, BlockStatus status, UUID pageId, PageRequest page) {
        if (articleId != null) {
            Article.require(articleId);
        }
        Filter filter = Filter.all()
                .and("e.article.id = :article", "article", articleId)
                .and("e.status = :status", "status", status)
                .and("e.page.id = :page", "page", pageId);
        return Lists.page(Footnote.class, visibility.articles(filter, "e.article"), ORDER, page, FootnoteView::of);
    }

    @Transactional
    public FootnoteView create(UUID articleId, FootnoteInput input) {
        Footnote footnote = new Footnote();
        footnote.article = Article.require(articleId);
        footnote.ocrOriginal = input.ocrOriginal() != null ? input.ocrOriginal() : input.text();
        apply(input, footnote);
        return created(footnote);
    }

    @Override
    protected FootnoteView view(Footnote footnote) {
        return FootnoteView.of(footnote);
    }

    @Override
    protected Set<String> frozenFields() {
        return Set.of("ocrOriginal");
    }

    @Override
    protected void apply(FootnoteInput input, Footnote footnote) {
        UUID articleId = footnote.article.id;
        if (input.ordinal() != null) {
            if (Footnote.ordinalTaken(articleId, input.ordinal(), footnote.id)) {
                throw Failure.conflict("The article already has a footnote at ordinal " + input.ordinal());
            }
            footnote.ordinal = input.ordinal();
        } else if (footnote.ordinal == null) {
            footnote.ordinal = Footnote.nextOrdinal(articleId);
        }
        footnote.page = Page.referencedFrom(articleId, input.pageId(), "pageId");
        footnote.numberOnPage = input.numberOnPage();
        footnote.marker = input.marker();
        footnote.language = input.language();
        applyText(input, footnote);
    }
}
