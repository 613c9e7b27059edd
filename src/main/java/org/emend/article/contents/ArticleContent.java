package org.emend.article.contents;

import java.util.List;

import org.emend.abstracts.ArticleAbstract;
import org.emend.article.Article;
import org.emend.footnote.Footnote;
import org.emend.issue.Issue;
import org.emend.journal.Journal;
import org.emend.section.Section;

/** An article with everything its published forms (JATS, Dublin Core) show, in reading order. */
public record ArticleContent(Article article, Issue issue, Journal journal, List<Section> sections,
        List<Footnote> footnotes, List<ArticleAbstract> abstracts) {
}
