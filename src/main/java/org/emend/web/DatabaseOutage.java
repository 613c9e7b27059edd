package org.emend.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure comes from the database being unreachable (restarting, shutting down,
 * not accepting connections) rather than from the request: the client should retry later.
 */
final class DatabaseOutage {

    /** Seconds a client is told to wait: about what a PostgreSQL restart takes. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isOutage(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal's pool answers without a state when no connection could be made in time
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
