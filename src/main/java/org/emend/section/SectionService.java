package org.emend.section;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.block.BlockKind;
import org.emend.block.BlockService;
import org.emend.block.BlockStatus;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.PageRequest;

@ApplicationScoped
public class SectionService extends BlockService<Section, SectionInput, SectionView> {

    private static final Keyset<Section> ORDER = Keyset.of(
            Keyset.uuid("article.id", section -> section.article.id),
            Keyset.integer("ordinal", section -> section.ordinal));

    SectionService() {
        super(Section.class, SectionInput.class, BlockKind.SECTION, Section::new);
    }

    /** Sections in reading order, optionally of one article, with a status, or on one page. */
    public ListPage<SectionView> list(UUID articleId, BlockStatus status, UUID pageId, PageRequest page) {
        return list(articleId, Filter.all()
                .and("e.status = :status", "status", status)
                .and("e.page.id = :page", "page", pageId), ORDER, page);
    }

    @Override
    protected SectionView view(Section section) {
        return SectionView.of(section);
    }

    @Override
    protected void applyOwnFields(SectionInput input, Section section) {
        section.level = input.level().shortValue();
        section.continuesPrevious = Boolean.TRUE.equals(input.continuesPrevious());
    }
}
