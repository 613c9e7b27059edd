package org.emend.abstracts;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.block.BlockKind;
import org.emend.block.BlockService;
import org.emend.block.BlockStatus;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.PageRequest;
import org.emend.failure.Failure;

@ApplicationScoped
public class AbstractService extends BlockService<ArticleAbstract, AbstractInput, AbstractView> {

    private static final Keyset<ArticleAbstract> ORDER = Keyset.of(
            Keyset.uuid("article.id", summary -> summary.article.id),
            Keyset.text("language", summary -> summary.language));

    AbstractService() {
        super(ArticleAbstract.class, AbstractInput.class, BlockKind.ABSTRACT, ArticleAbstract::new);
    }

    /** Abstracts, optionally of one article, in one language, or with a status. */
    public ListPage<AbstractView> list(UUID articleId, String language, BlockStatus status, PageRequest page) {
        return list(articleId, Filter.all()
                .and("e.language = :language", "language", language)
                .and("e.status = :status", "status", status), ORDER, page);
    }

    @Override
    protected AbstractView view(ArticleAbstract summary) {
        return AbstractView.of(summary);
    }

    @Override
    protected void applyOwnFields(AbstractInput input, ArticleAbstract summary) {
        if (ArticleAbstract.languageTaken(summary.article.id, input.language(), summary.id)) {
            throw Failure.conflict("The article already has an abstract in " + input.language());
        }
        summary.language = input.language();
        summary.title = input.title();
        summary.keywords = input.keywords() == null ? new ArrayList<>() : new ArrayList<>(input.keywords());
        summary.incomplete = Boolean.TRUE.equals(input.incomplete());
    }
}
