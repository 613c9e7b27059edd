package org.emend.issue;

import java.util.UUID;

/**
 * Fired, within its transaction, before an issue is deleted: what lives in it refuses the deletion
 * (by throwing) unless it {@code cascade}s, and then goes with it. The issue so names none of its
 * children.
 */
public record IssueDeletion(UUID issueId, boolean cascade) {
}
