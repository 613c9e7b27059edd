package org.emend.abstracts;

import java.util.ArrayList;
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
public class AbstractService extends BlockService<ArticleAbstract, AbstractInput, AbstractView> {

    private static final Keyset<ArticleAbstract> ORDER = Keyset.of(
            Keyset.uuid("article.id", summary -> summary.article.id),
            Keyset.text("language", summary -> summary.language));

    AbstractService() {
        super(ArticleAbstract.class, AbstractInput.class, "abstract");
    }

    @Override
    protected void checkReadable(ArticleAbstract record) {
        visibility.requireReadable(record.article);
    }

    /** Abstracts, optionally of one article, in one language, or with a status. */
    public ListPage<AbstractView> list(UUID articleId, String language, BlockStatus status, PageRequest page) {
        if (articleId != null) {
            Article.require(articleId);
        }
        Filter filter = Filter.all()
                .and("e.article.id = :article", "article", articleId)
                .and("e.language = :language", "language", language)
                .and("e.status = :status", "status", status);
        return Lists.page(ArticleAbstract.class, visibility.articles(filter, "e.article"), ORDER, page, AbstractView::of);
    }

    @Transactional
    public AbstractView create(UUID articleId, AbstractInput input) {
        ArticleAbstract summary = new ArticleAbstract();
        summary.article = Article.require(articleId);
        summary.ocrOriginal = input.ocrOriginal() != null ? input.ocrOriginal() : input.text();
        apply(input, summary);
        return created(summary);
    }

    @Override
    protected AbstractView view(ArticleAbstract summary) {
        return AbstractView.of(summary);
    }

    @Override
    protected Set<String> frozenFields() {
        return Set.of("ocrOriginal");
    }

    @Override
    protected void apply(AbstractInput input, ArticleAbstract summary) {
        if (ArticleAbstract.languageTaken(summary.article.id, input.language(), summary.id)) {
            throw Failure.conflict("The article already has an abstract in " + input.language());
        }
        summary.language = input.language();
        summary.title = input.title();
        summary.keywords = input.keywords() == null ? new ArrayList<>() : new ArrayList<>(input.keywords());
        summary.page = Page.referencedFrom(summary.article.id, input.pageId(), "pageId");
        summary.incomplete = Boolean.TRUE.equals(input.incomplete());
        applyText(input, summary);
    }
}
