package org.emend.changes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the change feed in order, past a cursor, showing only changes of transactions older
 * than every transaction still running (see V5__Add_change_feed.sql): a change can never
 * appear behind a cursor a reader has passed, so a reader misses none and sees none twice.
 */
@ApplicationScoped
public class ChangeFeed {

    static final int MAX_LIMIT = 1_000;
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** A notification can wake a reader while an older transaction still hides the change: look again this often. */
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final EntityManager entityManager;
    private final ChangeNotifier notifier;
    private final Semaphore waiting;

    ChangeFeed(EntityManager entityManager, ChangeNotifier notifier,
            @ConfigProperty(name = "emend.changes.max-waiting") int maxWaiting) {
        this.entityManager = entityManager;
        this.notifier = notifier;
        this.waiting = new Semaphore(maxWaiting);
    }

    /**
     * Up to {@code limit} changes after {@code since}. When there are none and {@code wait} is
     * positive, waits up to that long for some; when too many readers wait already, answers at once.
     */
    public ChangePage read(String since, int limit, Duration wait) {
        ChangeCursor cursor = ChangeCursor.parse(since);
        Instant deadline = Instant.now().plus(wait);
        CompletableFuture<Void> signal = notifier.nextSignal();
        List<ChangeView> changes = query(cursor, limit);
        if (changes.isEmpty() && !wait.isZero() && waiting.tryAcquire()) {
            try {
                while (changes.isEmpty() && Instant.now().isBefore(deadline)) {
                    Duration left = Duration.between(Instant.now(), deadline);
                    notifier.await(signal, left.compareTo(RECHECK) < 0 ? left : RECHECK);
                    signal = notifier.nextSignal();
                    changes = query(cursor, limit);
                }
            } finally {
                waiting.release();
            }
        }
        String next = changes.isEmpty() ? cursor.toString() : changes.get(changes.size() - 1).cursor();
        return new ChangePage(changes, next);
    }

    @SuppressWarnings("unchecked")
    private List<ChangeView> query(ChangeCursor cursor, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT txid, position, kind, record_id, version, operation, article_id, changed_at, actor
                FROM record_change
                WHERE (txid, position) > (:txid, :position)
                  AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                ORDER BY txid, position
                LIMIT :limit""")
                .setParameter("txid", cursor.txid())
                .setParameter("position", cursor.position())
                .setParameter("limit", limit)
                .getResultList();
        List<ChangeView> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ChangeCursor at = new ChangeCursor(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            changes.add(new ChangeView((String) row[2], (UUID) row[3], ((Number) row[4]).longValue(), (String) row[5],
                    (UUID) row[6], instant(row[7]), (String) row[8], at.toString()));
        }
        return changes;
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
