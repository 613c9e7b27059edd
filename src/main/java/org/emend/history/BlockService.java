package org.emend.history;

import jakarta.inject.Inject;

import org.emend.block.TextBlock;
import org.emend.crud.RecordService;
import org.emend.crud.Versioned;
import org.emend.users.CurrentActor;

/**
 * A record service for text blocks: every save through it follows the correction workflow and
 * is recorded in the block's history.
 */
public abstract class BlockService<E extends TextBlock, I extends BlockInput, V extends Versioned>
        extends RecordService<E, I, V> {

    @Inject
    BlockHistory history;

    @Inject
    CurrentActor actor;

    protected BlockService(Class<E> entityType, Class<I> inputType, String kind) {
        super(entityType, inputType, kind);
    }

    /** Sets the text (and heading) from the input, the status by the workflow, and rescores. */
    protected void applyText(I input, E block) {
        BlockState before = BlockState.of(block);
        block.heading(input.heading());
        block.text = input.text();
        block.status = history.nextStatus(block, before, input.status(), actor.get());
        block.rescore();
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
