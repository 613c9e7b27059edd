package org.emend.page;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.emend.article.Article;
import org.emend.article.ArticleVisibility;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.crud.RecordService;
import org.emend.failure.Failure;
import org.emend.ocr.garble.GarbleScorer;

@ApplicationScoped
public class PageService extends RecordService<Page, PageInput, PageView> {

    /** What the caller may read: anonymous callers see only published content. */
    @Inject
    ArticleVisibility visibility;

    private static final Keyset<Page> ORDER = Keyset.of(
            Keyset.uuid("article.id", page -> page.article.id),
            Keyset.integer("sequence", page -> page.sequence));

    PageService() {
        super(Page.class, PageInput.class, "page");
    }

    @Override
    protected void checkReadable(Page record) {
        visibility.requireReadable(record.article);
    }

    public ListPage<PageView> list(UUID articleId, PageRequest page) {
        if (articleId != null) {
            Article.require(articleId);
        }
        Filter filter = Filter.all().and("e.article.id = :article", "article", articleId);
        return Lists.page(Page.class, visibility.articles(filter, "e.article"), ORDER, page, PageView::of);
    }

    @Transactional
    public PageView create(UUID articleId, PageInput input) {
        Page page = new Page();
        page.article = Article.require(articleId);
        if (input.ocrOriginal() == null) {
            throw Failure.invalid("ocrOriginal", "must not be null");
        }
        page.ocrOriginal = input.ocrOriginal();
        page.garbleScore = GarbleScorer.scoreLines(input.ocrOriginal().lines().toList(), page.article.language);
        apply(input, page);
        return created(page);
    }

    @Override
    protected PageView view(Page page) {
        return PageView.of(page);
    }

    @Override
    protected Set<String> frozenFields() {
        return Set.of("ocrOriginal");
    }

    @Override
    protected void apply(PageInput input, Page page) {
        if (input.sequence() != null) {
            if (Page.sequenceTaken(page.article.id, input.sequence(), page.id)) {
                throw Failure.conflict("The article already has a page at sequence " + input.sequence());
            }
            page.sequence = input.sequence();
        } else if (page.sequence == null) {
            page.sequence = Page.nextSequence(page.article.id);
        }
        if (!java.util.Objects.equals(page.printedNumber, input.printedNumber())) {
            // A number set by hand is no longer an inference.
            page.printedNumberInferred = false;
        }
        page.printedNumber = input.printedNumber();
        page.runningHead = input.runningHead();
        page.watermark = input.watermark();
    }
}
