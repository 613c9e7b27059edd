package org.emend.history;

import java.util.UUID;

/**
 * Why a block changes, for its revision: the editor's comment, the changeset it belongs to,
 * and the revision it restores when it is a revert.
 */
public record Edit(String comment, UUID changesetId, UUID revertsId) {

    public static Edit commented(String comment) {
        return new Edit(comment, null, null);
    }
}
