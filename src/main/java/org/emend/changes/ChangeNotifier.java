package org.emend.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Wakes long-polling feed readers when a transaction that changed records commits: one
 * connection LISTENs on {@code emend_changes}, which the tables' triggers notify.
 */
@ApplicationScoped
public class ChangeNotifier {

    private static final Logger LOG = Logger.getLogger(ChangeNotifier.class);
    /** How long one wait for notifications lasts: also how long shutdown may wait for the listener. */
    private static final int POLL_MILLIS = 500;

    private final AgroalDataSource dataSource;
    private volatile CompletableFuture<Void> next = new CompletableFuture<>();
    private volatile boolean running;
    private Thread listener;

    ChangeNotifier(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "emend-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            // Let the listener hand its connection back before the pool closes
            try {
                listener.join(2L * POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Completes at the next commit of a change; take it before looking, then wait on it. */
    CompletableFuture<Void> nextSignal() {
        return next;
    }

    void await(CompletableFuture<Void> signal, Duration timeout) {
        try {
            signal.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Time to look again either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN emend_changes");
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        signal();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Listening for changes failed (%s); retrying", e.getMessage());
                    // Readers look again rather than wait for a notification that may not come
                    signal();
                    sleep();
                }
            }
        }
    }

    private void signal() {
        CompletableFuture<Void> current = next;
        next = new CompletableFuture<>();
        current.complete(null);
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
