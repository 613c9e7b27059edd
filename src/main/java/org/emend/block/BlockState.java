package org.emend.block;

/** A block's text, heading and status at one moment: what a revision records as "before". */
public record BlockState(String heading, String text, BlockStatus status, long version) {

    public static BlockState of(TextBlock block) {
        return new BlockState(block.heading(), block.text, block.status, block.version == null ? 0 : block.version);
    }
}
