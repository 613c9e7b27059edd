package org.emend.abstracts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.emend.block.BlockKind;
import org.emend.block.TextBlock;
import org.emend.ocr.garble.GarbleScorer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article's abstract in one language, with its title and keywords in that language. */
@Entity
@Table(name = "article_abstract")
public class ArticleAbstract extends TextBlock {

    @Column(nullable = false)
    public String language;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> keywords = new ArrayList<>();

    /** Cut off at the top or the bottom of the page it was printed on. */
    @Column(nullable = false)
    public boolean incomplete;

    @Override
    public BlockKind kind() {
        return BlockKind.ABSTRACT;
    }

    @Override
    public String label() {
        return "abstract (" + language + ")";
    }

    @Override
    public void rescore() {
        garbleScore = GarbleScorer.score(text, language);
    }

    public static List<ArticleAbstract> onPage(UUID pageId) {
        return list("page.id = ?1 order by language", pageId);
    }

    public static List<ArticleAbstract> listInArticle(UUID articleId) {
        return list("article.id = ?1 order by language", articleId);
    }

    public static boolean languageTaken(UUID articleId, String language, UUID except) {
        return count("article.id = ?1 and language = ?2 and id <> ?3", articleId, language, except) > 0;
    }
}
