package org.emend.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import org.jboss.logging.Logger;

/**
 * Finds the PostgreSQL database Emend runs against, before Quarkus starts: the one the
 * standard {@code QUARKUS_DATASOURCE_*} settings name; else the server on localhost:5432;
 * else an embedded server it starts itself.
 */
public final class DatabaseLocator {

    private static final Logger LOG = Logger.getLogger(DatabaseLocator.class);
    private static final String LOCAL_HOST = "localhost";
    private static final int LOCAL_PORT = 5432;
    private static final int PROBE_TIMEOUT_MILLIS = 500;
    private static final String DEFAULT_USER = "postgres";

    private DatabaseLocator() {
    }

    /** Where the database is, and the embedded server to stop at exit when there is one. */
    public record Location(String jdbcUrl, String username, String password, String description,
            Optional<EmbeddedPostgresServer> embeddedServer) implements AutoCloseable {

        @Override
        public void close() {
            embeddedServer.ifPresent(EmbeddedPostgresServer::close);
        }
    }

    /** The JDBC URL set through the environment or a system property, if any. */
    public static Optional<String> configuredUrl() {
        return setting("quarkus.datasource.jdbc.url");
    }

    /**
     * Locates a database named {@code database} on the local server or, when none answers, on
     * an embedded server keeping its data in {@code embeddedDataDirectory}. With
     * {@code recreate} the database is dropped and created empty first (for test runs).
     */
    public static Location locate(String database, Path embeddedDataDirectory, boolean recreate) {
        return locate(database, embeddedDataDirectory, recreate, LOCAL_PORT);
    }

    static Location locate(String database, Path embeddedDataDirectory, boolean recreate, int localPort) {
        String username = setting("quarkus.datasource.username").orElse(DEFAULT_USER);
        String password = setting("quarkus.datasource.password").orElse(null);
        if (answers(LOCAL_HOST, localPort)) {
            String serverUrl = "jdbc:postgresql://" + LOCAL_HOST + ":" + localPort + "/";
            try {
                prepareDatabase(serverUrl, username, password, database, recreate);
                return new Location(serverUrl + database, username, password,
                        "PostgreSQL on " + LOCAL_HOST + ":" + localPort, Optional.empty());
            } catch (SQLException e) {
                LOG.warnf("PostgreSQL answers on %s:%d but cannot be used (%s); starting an embedded one",
                        LOCAL_HOST, localPort, e.getMessage());
            }
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(embeddedDataDirectory);
        try {
            String serverUrl = "jdbc:postgresql://" + LOCAL_HOST + ":" + server.port() + "/";
            prepareDatabase(serverUrl, DEFAULT_USER, null, database, recreate);
            return new Location(server.jdbcUrl(database), DEFAULT_USER, null,
                    "embedded PostgreSQL on port " + server.port() + ", data in " + embeddedDataDirectory.toAbsolutePath(),
                    Optional.of(server));
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new IllegalStateException("Cannot prepare database " + database + " on the embedded PostgreSQL", e);
        }
    }

    /** Reads a setting from a system property or its environment-variable form. */
    public static Optional<String> setting(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void prepareDatabase(String serverUrl, String username, String password, String database,
            boolean recreate) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", credentials)) {
            // CREATE/DROP DATABASE take no bind parameters: the name is quoted as an identifier instead.
            String identifier = quoteIdentifier(connection, database);
            try (Statement statement = connection.createStatement()) {
                if (recreate) {
                    statement.execute("DROP DATABASE IF EXISTS " + identifier + " WITH (FORCE)");
                }
                if (!exists(connection, database)) {
                    statement.execute("CREATE DATABASE " + identifier + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static String quoteIdentifier(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT quote_ident(?)")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
