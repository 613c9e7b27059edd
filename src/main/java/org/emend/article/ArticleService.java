package org.emend.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.emend.abstracts.AbstractView;
import org.emend.abstracts.ArticleAbstract;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.crud.RecordService;
import org.emend.crud.RecordVersion;
import org.emend.footnote.Footnote;
import org.emend.footnote.FootnoteView;
import org.emend.issue.Issue;
import org.emend.page.Page;
import org.emend.page.PageView;
import org.emend.section.Section;
import org.emend.section.SectionView;

@ApplicationScoped
public class ArticleService extends RecordService<Article, ArticleInput, ArticleView> {

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

    /**
     * The article with the parts asked for embedded: one query for the article and one per
     * part, however long the article is.
     */
    public ArticleView get(UUID id, Set<ArticlePart> parts) {
        ArticleView article = get(id);
        if (parts.isEmpty()) {
            return article;
        }
        return article.with(
                parts.contains(ArticlePart.PAGES) ? Page.listInArticle(id).stream().map(PageView::of).toList() : null,
                parts.contains(ArticlePart.SECTIONS) ? Section.listInArticle(id).stream().map(SectionView::of).toList()
                        : null,
                parts.contains(ArticlePart.FOOTNOTES)
                        ? Footnote.listInArticle(id).stream().map(FootnoteView::of).toList()
                        : null,
                parts.contains(ArticlePart.ABSTRACTS)
                        ? ArticleAbstract.listInArticle(id).stream().map(AbstractView::of).toList()
                        : null);
    }

    /**
     * The entity tag {@link #get(UUID, Set)} would answer with, from the versions of the parts
     * alone: a client whose copy is current is answered without loading or writing any text.
     */
    public String entityTag(UUID id, Set<ArticlePart> parts) {
        ArticleView article = get(id);
        return ArticleView.entityTag(article.version(),
                parts.contains(ArticlePart.PAGES) ? versions("Page", "sequence", id) : null,
                parts.contains(ArticlePart.SECTIONS) ? versions("Section", "ordinal", id) : null,
                parts.contains(ArticlePart.FOOTNOTES) ? versions("Footnote", "ordinal", id) : null,
                parts.contains(ArticlePart.ABSTRACTS) ? versions("ArticleAbstract", "language", id) : null);
    }

    /** The ids and versions of an article's parts of one kind, in the order {@link #get(UUID, Set)} lists them. */
    private static List<RecordVersion> versions(String entity, String order, UUID article) {
        return Article.getEntityManager()
                .createQuery("SELECT new org.emend.crud.RecordVersion(e.id, e.version) FROM " + entity
                        + " e WHERE e.article.id = :article ORDER BY e." + order, RecordVersion.class)
                .setParameter("article", article).getResultList();
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
