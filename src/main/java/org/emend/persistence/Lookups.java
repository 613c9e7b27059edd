package org.emend.persistence;

import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.emend.failure.Failure;

import io.quarkus.hibernate.orm.panache.Panache;

/** Finding a record by id where a missing one is the client's mistake: a 404 problem. */
public final class Lookups {

    private Lookups() {
    }

    public static <E> E require(Class<E> type, UUID id, String kind) {
        return require(type, id, kind, LockModeType.NONE);
    }

    /** Finds and locks the row for the rest of the transaction ({@code SELECT ... FOR UPDATE}). */
    public static <E> E requireForUpdate(Class<E> type, UUID id, String kind) {
        return require(type, id, kind, LockModeType.PESSIMISTIC_WRITE);
    }

    private static <E> E require(Class<E> type, UUID id, String kind, LockModeType lock) {
        E entity = Panache.getEntityManager().find(type, id, lock);
        if (entity == null) {
            throw Failure.notFound(kind, id);
        }
        return entity;
    }
}
