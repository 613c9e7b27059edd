package org.emend.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.persistence.Rows;

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

    private record ChangeRow(long txid, long position, String kind, UUID recordId, long version, String operation,
            UUID articleId, Instant changedAt, String actor) {
    }

    private List<ChangeView> query(ChangeCursor cursor, int limit) {
        List<ChangeRow> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT txid, position, kind, record_id, version, operation, article_id, changed_at, actor
                FROM record_change
                WHERE (txid, position) > (:txid, :position)
                  AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                ORDER BY txid, position
                LIMIT :limit""")
                .setParameter("txid", cursor.txid())
                .setParameter("position", cursor.position())
                .setParameter("limit", limit), ChangeRow.class);
        List<ChangeView> changes = new ArrayList<>(rows.size());
        for (ChangeRow row : rows) {
            changes.add(new ChangeView(row.kind(), row.recordId(), row.version(), row.operation(), row.articleId(),
                    row.changedAt(), row.actor(), new ChangeCursor(row.txid(), row.position()).toString()));
        }
        return changes;
    }
}
