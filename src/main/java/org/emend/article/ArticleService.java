package org.emend.article;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.crud.RecordService;
import org.emend.issue.Issue;

@ApplicationScoped
public class ArticleService extends RecordService<Article, ArticleInput, ArticleView> {

    /** What the caller may read: anonymous callers see only published content. */
    @Inject
    ArticleVisibility visibility;

    private static final Keyset<Article> ORDER = Keyset.of(Keyset.uuid("id", article -> article.id));

    ArticleService() {
        super(Article.class, ArticleInput.class, "article");
    }

    @Override
    protected void checkReadable(Article article) {
        visibility.requireReadable(article);
    }

    /** Articles, optionally of one issue, in one language, or with a status. */
    public ListPage<ArticleView> list(UUID issueId, String language, ArticleStatus status, PageRequest page) {
        if (issueId != null) {
            Issue.require(issueId);
        }
        Filter filter = Filter.all()
                .and("e.issue.id = :issue", "issue", issueId)
                .and("e.language = :language", "language", language)
                .and("e.status = :status", "status", status);
        return Lists.page(Article.class, visibility.articles(filter, "e"), ORDER, page, ArticleView::of);
    }

    @Transactional
    public ArticleView create(UUID issueId, ArticleInput input) {
        Article article = new Article();
        article.issue = Issue.require(issueId);
        apply(input, article);
        return created(article);
    }

    @Override
    protected ArticleView view(Article article) {
        return ArticleView.of(article);
    }

    @Override
    protected void apply(ArticleInput input, Article article) {
        article.title = input.title();
        article.englishTitle = input.englishTitle();
        article.authors = input.authors() == null ? new ArrayList<>() : new ArrayList<>(input.authors());
        article.language = input.language();
        article.firstPage = input.firstPage();
        article.lastPage = input.lastPage();
        article.status = input.status() == null ? ArticleStatus.DRAFT : input.status();
        article.abstractOnly = Boolean.TRUE.equals(input.abstractOnly());
    }
}
