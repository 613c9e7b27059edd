package org.emend.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SnapshotsTest {

    private static final String JOURNAL = """
            INSERT INTO journal (id, title, created_at, updated_at, version)
            VALUES (gen_random_uuid(), '国际问题研究', now(), now(), 0)""";

    @Inject
    Snapshots snapshots;

    @Inject
    EntityManager entityManager;

    @Inject
    TestDatabase database;

    @BeforeEach
    void clear() {
        database.clear();
    }

    /** What another transaction commits after the read began stays out of all of its queries. */
    @Test
    void shouldSeeTheDatabaseAsOfTheFirstQuery() {
        List<Long> counts = snapshots.read(() -> {
            long before = journals();
            // Committed by another connection, outside this transaction
            CompletableFuture.runAsync(() -> database.execute(JOURNAL)).join();
            return List.of(before, journals());
        });

        assertThat(counts).containsExactly(0L, 0L);
        assertThat(database.count("journal")).isEqualTo(1);
    }

    @Test
    void shouldRefuseToWrite() {
        assertThatThrownBy(() -> snapshots.read(() -> entityManager.createNativeQuery(JOURNAL).executeUpdate()))
                .hasStackTraceContaining("read-only transaction");
        assertThat(database.count("journal")).isZero();
    }

    private long journals() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM journal").getSingleResult()).longValue();
    }
}
