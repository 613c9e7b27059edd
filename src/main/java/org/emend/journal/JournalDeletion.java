package org.emend.journal;

import java.util.UUID;

/**
 * Fired, within its transaction, before a journal is deleted: what lives in it refuses the deletion
 * (by throwing) unless it {@code cascade}s, and then goes with it. The journal so names none of its
 * children.
 */
public record JournalDeletion(UUID journalId, boolean cascade) {
}
