package org.emend.block;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.emend.article.Article;
import org.emend.article.ArticleVisibility;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.crud.RecordService;
import org.emend.crud.Versioned;
import org.emend.page.Page;
import org.emend.users.CurrentActor;

/**
 * The API's side of one kind of block: what every kind shares (its article, page, OCR original,
 * who may read it, and saves that go through {@link BlockEditor} and are recorded in the block's
 * history) is here; a kind's service adds its own fields, order and filters.
 */
public abstract class BlockService<E extends TextBlock, I extends BlockInput, V extends Versioned>
        extends RecordService<E, I, V> {

    /** What the caller may read: anonymous callers see only published content. */
    @Inject
    ArticleVisibility visibility;

    @Inject
    BlockEditor editor;

    @Inject
    BlockHistory history;

    @Inject
    CurrentActor actor;

    private final Class<E> entityType;
    private final BlockKind blockKind;
    private final Supplier<E> newBlock;

    protected BlockService(Class<E> entityType, Class<I> inputType, BlockKind kind, Supplier<E> newBlock) {
        super(entityType, inputType, kind.name().toLowerCase());
        this.entityType = entityType;
        this.blockKind = kind;
        this.newBlock = newBlock;
    }

    /** Copies the fields only this kind has from the input, checking the rules that need the database. */
    protected abstract void applyOwnFields(I input, E block);

    public BlockKind blockKind() {
        return blockKind;
    }

    public Class<E> entityType() {
        return entityType;
    }

    @Transactional
    public V create(UUID articleId, I input) {
        E block = newBlock.get();
        block.article = Article.require(articleId);
        block.ocrOriginal = input.ocrOriginal() != null ? input.ocrOriginal() : input.text();
        apply(input, block);
        return created(block);
    }

    /** A page of this kind's blocks, of one article when {@code articleId} is given, and as {@code filter} says. */
    protected ListPage<V> list(UUID articleId, Filter filter, Keyset<E> order, PageRequest page) {
        if (articleId != null) {
            Article.require(articleId);
        }
        filter.and("e.article.id = :article", "article", articleId);
        return Lists.page(entityType, visibility.articles(filter, "e.article"), order, page, this::view);
    }

    @Override
    protected void apply(I input, E block) {
        // Placing queries the kind's table: done before any field changes, or the query's auto-flush would
        // write the block twice and count two versions for one save
        if (block instanceof OrderedBlock ordered) {
            ordered.placeAt(input.ordinal());
        }
        applyOwnFields(input, block);
        block.page = Page.referencedFrom(block.article.id, input.pageId(), "pageId");
        editor.apply(block, BlockEditor.Change.saved(input), actor.get());
    }

    @Override
    protected void checkReadable(E block) {
        visibility.requireReadable(block.article);
    }

    @Override
    protected Set<String> frozenFields() {
        return Set.of("ocrOriginal");
    }

    @Override
    protected Object snapshot(E block) {
        return BlockState.of(block);
    }

    @Override
    protected void afterWrite(E block, Object before, I input) {
        history.record(block, (BlockState) before, Edit.commented(input.comment()), actor.get());
    }
}
