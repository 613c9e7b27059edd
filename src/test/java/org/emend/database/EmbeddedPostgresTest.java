package org.emend.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start path of a machine with only a JDK: no database configured, nothing on the local
 * port, so Emend runs PostgreSQL itself, keeps its data, and survives its own crash.
 */
class EmbeddedPostgresTest {

    @TempDir
    Path directory;

    @Test
    void shouldStartEmbeddedServerWhenNothingAnswersAndKeepDataAcrossRestarts() throws Exception {
        Path data = directory.resolve("postgres");
        int silentPort = unusedPort();

        try (DatabaseLocator.Location location = DatabaseLocator.locate("emend", data, false, silentPort)) {
            assertThat(location.embeddedServer()).isPresent();
            assertThat(query(location, "SHOW fsync")).isEqualTo("on");
            assertThat(query(location, "SHOW synchronous_commit")).isEqualTo("on");
            execute(location, "CREATE TABLE kept (word text); INSERT INTO kept VALUES ('emend')");
        }
        try (DatabaseLocator.Location location = DatabaseLocator.locate("emend", data, false, silentPort)) {
            assertThat(query(location, "SELECT word FROM kept")).isEqualTo("emend");
        }
    }

    @Test
    void shouldStartAfterThePreviousProcessWasKilled() throws Exception {
        Path data = directory.resolve("postgres");
        Process crashed = startInOwnProcess(data);
        crashed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // The killed JVM's postmaster is still running and still holds the data directory.
        assertThat(Files.exists(data.resolve("postmaster.pid"))).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data)) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", null);
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT 1")) {
                assertThat(result.next()).isTrue();
            }
        }
    }

    /** A command run beside a live server (the second crash): it uses that server, and leaves it running. */
    @Test
    void shouldUseTheServerALiveProcessRunsAndLeaveItRunning() throws Exception {
        Path data = directory.resolve("postgres");
        Process server = startInOwnProcess(data);
        try {
            try (EmbeddedPostgresServer command = EmbeddedPostgresServer.start(data)) {
                assertThat(answers(command.jdbcUrl("postgres"))).isTrue();
            }
            assertThat(server.isAlive()).isTrue();
            String url = "jdbc:postgresql://localhost:" + runningPort(data) + "/postgres";
            assertThat(answers(url)).as("the live process's server, after the command is done").isTrue();
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            // Its PostgreSQL outlives it: stopped as a stale server, by the next start
            EmbeddedPostgresServer.start(data).close();
        }
    }

    private static boolean answers(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            return result.next();
        }
    }

    private static String runningPort(Path data) throws IOException {
        return Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip();
    }

    @Test
    void shouldStartDespiteALockFileOfADeadProcess() throws Exception {
        Path data = directory.resolve("postgres");
        EmbeddedPostgresServer.start(data).close();
        Files.write(data.resolve("postmaster.pid"), List.of("999999", data.toString(), "0", "5432"));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data)) {
            assertThat(server.port()).isPositive();
        }
    }

    private static Process startInOwnProcess(Path data) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedServerProcess.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("READY")) {
                return process;
            }
        }
        throw new IllegalStateException("The server process ended before it was ready");
    }

    private static void execute(DatabaseLocator.Location location, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.username(), null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(DatabaseLocator.Location location, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.username(), null);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
