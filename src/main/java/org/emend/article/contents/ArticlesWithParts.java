package org.emend.article.contents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.abstracts.AbstractView;
import org.emend.abstracts.ArticleAbstract;
import org.emend.article.ArticleService;
import org.emend.article.ArticleView;
import org.emend.crud.RecordVersion;
import org.emend.footnote.Footnote;
import org.emend.footnote.FootnoteView;
import org.emend.page.Page;
import org.emend.page.PageView;
import org.emend.section.Section;
import org.emend.section.SectionView;

/** Reads an article with the parts {@code include} asks for, or only their versions for a conditional read. */
@ApplicationScoped
public class ArticlesWithParts {

    private final ArticleService articles;
    private final EntityManager entityManager;

    ArticlesWithParts(ArticleService articles, EntityManager entityManager) {
        this.articles = articles;
        this.entityManager = entityManager;
    }

    /**
     * The article with the parts asked for embedded: one query for the article and one per
     * part, however long the article is.
     */
    public ArticleWithParts get(UUID id, Set<ArticlePart> parts) {
        ArticleView article = articles.get(id);
        return new ArticleWithParts(article,
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
        ArticleView article = articles.get(id);
        return ArticleWithParts.entityTag(article.version(),
                parts.contains(ArticlePart.PAGES) ? versions("Page", "sequence", id) : null,
                parts.contains(ArticlePart.SECTIONS) ? versions("Section", "ordinal", id) : null,
                parts.contains(ArticlePart.FOOTNOTES) ? versions("Footnote", "ordinal", id) : null,
                parts.contains(ArticlePart.ABSTRACTS) ? versions("ArticleAbstract", "language", id) : null);
    }

    /** The ids and versions of an article's parts of one kind, in the order {@link #get(UUID, Set)} lists them. */
    private List<RecordVersion> versions(String entity, String order, UUID article) {
        return entityManager
                .createQuery("SELECT new org.emend.crud.RecordVersion(e.id, e.version) FROM " + entity
                        + " e WHERE e.article.id = :article ORDER BY e." + order, RecordVersion.class)
                .setParameter("article", article).getResultList();
    }
}
