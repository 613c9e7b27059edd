package org.emend.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;

/**
 * The key of the console's session cookies, kept in the database (made by a migration) so that
 * restarts and replicas share it and a session survives both. It is read before the application
 * starts, as Quarkus reads the key from its configuration at start; it is never logged.
 */
public final class SessionKeyStore {

    static final String NAME = "session-encryption-key";

    private SessionKeyStore() {
    }

    /** The stored key, after bringing the schema up to date (a first start has no table yet). */
    public static String load(String jdbcUrl, String username, String password) {
        Flyway.configure().dataSource(jdbcUrl, username, password).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
                PreparedStatement select = connection.prepareStatement("SELECT value FROM server_secret WHERE name = ?")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The database holds no session key (server_secret " + NAME + ")");
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session key from the database: " + e.getMessage(), e);
        }
    }
}
