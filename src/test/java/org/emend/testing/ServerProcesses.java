package org.emend.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/** Emend run as a process of its own, as the integration tests start it: a database, its output, its readiness. */
public final class ServerProcesses {

    private ServerProcesses() {
    }

    /** A new empty database of that name on the local PostgreSQL, in place of any before. */
    public static void reset(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    /**
     * A new empty database for a test of Emend as a process; the test is skipped without the local
     * PostgreSQL, as Emend never starts one of its own there.
     */
    public static void resetOrSkip(String database) {
        try {
            reset(database);
        } catch (SQLException e) {
            Assumptions.abort("needs the PostgreSQL at 127.0.0.1:5432 (user postgres): " + e.getMessage());
        }
    }

    /** Two ports free at the moment: the public one and the management one. */
    public static int[] freePorts() throws IOException {
        try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(0)) {
            return new int[] { socket.getLocalPort(), management.getLocalPort() };
        }
    }

    public static void drop(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Reads the process's output into {@code output}, line by line, until it ends. */
    public static Thread read(Process process, List<String> output) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException | UncheckedIOException e) {
                // The process ended
            }
        });
        reader.start();
        return reader;
    }

    /**
     * Asks /q/health/ready (on the management port) until it answers 200 (or 90 s pass, or the process dies); the last answer.
     */
    public static HttpResponse<String> awaitReady(HttpClient http, String base, Process process)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> ready = null;
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                ready = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // Not listening yet
            }
            Thread.sleep(500);
        }
        return ready;
    }
}
