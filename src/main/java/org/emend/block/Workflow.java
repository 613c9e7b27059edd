package org.emend.block;

import org.emend.failure.Failure;
import org.emend.users.Actor;

/**
 * The correction workflow: {@code raw} → {@code corrected} on the first save that changes the
 * text → {@code verified}, marked by an editor other than the last one who changed the text
 * (admins may override). Changing the text of a verified block sends it back to corrected.
 * Only admins set a block back to raw. A mechanical edit (find and replace) corrects nothing by
 * itself: it leaves raw and corrected blocks as they were, and a verified block it changes is
 * corrected again, to be verified anew.
 */
public final class Workflow {

    private Workflow() {
    }

    /**
     * The status after a save.
     *
     * @param requested the status the editor asked for, or {@code null} to let the workflow decide
     * @param lastTextAuthor who last changed the text before this save ({@code null}: the importer)
     */
    public static BlockStatus next(BlockStatus current, BlockStatus requested, boolean textChanged, Actor actor,
            Actor lastTextAuthor) {
        if (requested == null || requested == current) {
            if (textChanged && current != BlockStatus.CORRECTED) {
                return BlockStatus.CORRECTED;
            }
            return current;
        }
        return switch (requested) {
            case RAW -> {
                if (!actor.admin()) {
                    throw refused("Only an admin sets a block back to raw");
                }
                yield BlockStatus.RAW;
            }
            case CORRECTED -> BlockStatus.CORRECTED;
            case VERIFIED -> {
                if (!actor.known()) {
                    throw refused("Verifying a block takes a signed-in editor or an API token");
                }
                boolean ownChange = textChanged || actor.same(lastTextAuthor);
                if (ownChange && !actor.admin()) {
                    throw refused("You made the last change to this text: another editor verifies it");
                }
                yield BlockStatus.VERIFIED;
            }
        };
    }

    /** The status after a mechanical edit that changed the text or not. */
    public static BlockStatus afterMechanicalEdit(BlockStatus current, boolean textChanged) {
        return textChanged && current == BlockStatus.VERIFIED ? BlockStatus.CORRECTED : current;
    }

    private static Failure refused(String detail) {
        return new Failure(Failure.Kind.STATUS_WORKFLOW, detail);
    }
}
