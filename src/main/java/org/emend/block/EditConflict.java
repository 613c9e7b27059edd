package org.emend.block;

import java.util.UUID;

/**
 * A save based on a version that is no longer current: someone else saved the block
 * meanwhile. Carries what the block holds now, so the editor can compare and choose.
 */
public class EditConflict extends RuntimeException {

    private final BlockKind kind;
    private final UUID blockId;
    private final long baseVersion;
    private final long currentVersion;
    private final String currentHeading;
    private final String currentText;
    private final BlockStatus currentStatus;

    EditConflict(BlockKind kind, UUID blockId, long baseVersion, TextBlock current) {
        super("The " + kind.name().toLowerCase() + " was saved by someone else since version " + baseVersion, null, false,
                false);
        this.kind = kind;
        this.blockId = blockId;
        this.baseVersion = baseVersion;
        this.currentVersion = current.version;
        this.currentHeading = current.heading();
        this.currentText = current.text;
        this.currentStatus = current.status;
    }

    public BlockKind kind() {
        return kind;
    }

    public UUID blockId() {
        return blockId;
    }

    public long baseVersion() {
        return baseVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String currentHeading() {
        return currentHeading;
    }

    public String currentText() {
        return currentText;
    }

    public BlockStatus currentStatus() {
        return currentStatus;
    }
}
