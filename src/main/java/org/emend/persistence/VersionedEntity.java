package org.emend.persistence;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every record has: a stable id (UUIDv7, assigned here so that a restore can bring the
 * same id back), besides its times and version.
 */
@MappedSuperclass
public abstract class VersionedEntity extends StampedEntity {

    @Id
    public UUID id = Ids.next();
}
