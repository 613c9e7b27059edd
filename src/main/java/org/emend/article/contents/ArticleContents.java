package org.emend.article.contents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.abstracts.ArticleAbstract;
import org.emend.article.Article;
import org.emend.block.TextBlock;
import org.emend.footnote.Footnote;
import org.emend.persistence.ReadOnlyReads;
import org.emend.section.Section;

/** Loads articles with their issue, journal and blocks: four queries for any number of articles. */
@ApplicationScoped
public class ArticleContents {

    private final EntityManager entityManager;

    ArticleContents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The articles that exist among {@code ids}, by id, in the order given. */
    public Map<UUID, ArticleContent> load(Collection<UUID> ids) {
        Map<UUID, ArticleContent> contents = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return contents;
        }
        ReadOnlyReads.outsideTransactions();
        Map<UUID, Article> articles = entityManager.createQuery(
                "SELECT a FROM Article a JOIN FETCH a.issue i JOIN FETCH i.journal WHERE a.id IN :ids", Article.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(article -> article.id, Function.identity()));
        Map<UUID, List<Section>> sections = byArticle(entityManager.createQuery(
                "SELECT s FROM Section s WHERE s.article.id IN :ids ORDER BY s.ordinal", Section.class)
                .setParameter("ids", ids).getResultList());
        Map<UUID, List<Footnote>> footnotes = byArticle(entityManager.createQuery(
                "SELECT f FROM Footnote f WHERE f.article.id IN :ids ORDER BY f.ordinal", Footnote.class)
                .setParameter("ids", ids).getResultList());
        Map<UUID, List<ArticleAbstract>> abstracts = byArticle(entityManager.createQuery(
                "SELECT b FROM ArticleAbstract b WHERE b.article.id IN :ids ORDER BY b.language", ArticleAbstract.class)
                .setParameter("ids", ids).getResultList());
        for (UUID id : ids) {
            Article article = articles.get(id);
            if (article != null) {
                contents.put(id, new ArticleContent(article, article.issue, article.issue.journal,
                        sections.getOrDefault(id, List.of()), footnotes.getOrDefault(id, List.of()),
                        abstracts.getOrDefault(id, List.of())));
            }
        }
        return contents;
    }

    private static <B extends TextBlock> Map<UUID, List<B>> byArticle(List<B> blocks) {
        Map<UUID, List<B>> byArticle = new LinkedHashMap<>();
        for (B block : blocks) {
            byArticle.computeIfAbsent(block.articleId(), ignored -> new ArrayList<>()).add(block);
        }
        return byArticle;
    }
}
