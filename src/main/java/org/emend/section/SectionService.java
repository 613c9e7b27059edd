package org.emend.section;

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
public class SectionService extends BlockService<Section, SectionInput, SectionView> {

    private static final Keyset<Section> ORDER = Keyset.of(
            Keyset.uuid("article.id", section -> section.article.id),
            Keyset.integer("ordinal", section -> section.ordinal));

    SectionService() {
        super(Section.class, SectionInput.class, "section");
    }

    @Override
    protected void checkReadable(Section record) {
        visibility.requireReadable(record.article);
    }

    /** Sections in reading order, optionally of one article, with a status, or on one page. */
    public ListPage<SectionView> list(UUID articleId, BlockStatus status, UUID pageId, PageRequest page) {
        if (articleId != null) {
            Article.require(articleId);
        }
        Filter filter = Filter.all()
                .and("e.article.id = :article", "article", articleId)
                .and("e.status = :status", "status", status)
                .and("e.page.id = :page", "page", pageId);
        return Lists.page(Section.class, visibility.articles(filter, "e.article"), ORDER, page, SectionView::of);
    }

    @Transactional
    public SectionView create(UUID articleId, SectionInput input) {
        Section section = new Section();
        section.article = Article.require(articleId);
        section.ocrOriginal = input.ocrOriginal() != null ? input.ocrOriginal() : input.text();
        apply(input, section);
        return created(section);
    }

    @Override
    protected SectionView view(Section section) {
        return SectionView.of(section);
    }

    @Override
    protected Set<String> frozenFields() {
        return Set.of("ocrOriginal");
    }

    @Override
    protected void apply(SectionInput input, Section section) {
        UUID articleId = section.article.id;
        if (input.ordinal() != null) {
            if (Section.ordinalTaken(articleId, input.ordinal(), section.id)) {
                throw Failure.conflict("The article already has a section at ordinal " + input.ordinal());
            }
            section.ordinal = input.ordinal();
        } else if (section.ordinal == null) {
            section.ordinal = Section.nextOrdinal(articleId);
        }
        section.level = input.level().shortValue();
        section.page = Page.referencedFrom(articleId, input.pageId(), "pageId");
        section.continuesPrevious = Boolean.TRUE.equals(input.continuesPrevious());
        applyText(input, section);
    }
}
