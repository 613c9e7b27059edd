package org.emend.history;

import org.emend.block.BlockStatus;

/** What the inputs of every kind of block share: the text, a status asked for, a comment for history. */
public interface BlockInput {

    String text();

    BlockStatus status();

    String comment();

    default String heading() {
        return null;
    }
}
