package org.emend.persistence;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads that must see the database as of one moment. PostgreSQL's default isolation takes a new
 * snapshot for every statement, so a view assembled from several queries can mix states: a page's
 * blocks from before an OCR run committed beside that run's draft from after it.
 */
@ApplicationScoped
public class Snapshots {

    private final EntityManager entityManager;

    Snapshots(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code work}'s result, read in a new read-only transaction that sees what was committed when it began. */
    public <T> T read(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            begin();
            return work.get();
        });
    }

    /** The same for long work, such as an export, allowed {@code timeoutSeconds}. */
    public void read(int timeoutSeconds, Runnable work) {
        QuarkusTransaction.requiringNew().timeout(timeoutSeconds).run(() -> {
            begin();
            work.run();
        });
    }

    private void begin() {
        // Must be the transaction's first statement: the snapshot is taken by the next one
        entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
    }
}
