package org.emend.crud;

import java.util.UUID;

/** A record's id and version without the record: enough for an entity tag. */
public record RecordVersion(UUID id, Long version) implements Versioned {
}
