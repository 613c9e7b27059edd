package org.emend.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries shipped in a Maven artifact, for machines
 * that have only a JDK. Its data directory survives restarts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(30);

    /** The server this process started, or empty when it uses one another Emend process runs. */
    private final Optional<EmbeddedPostgres> postgres;
    private final int port;
    /** Held while this process runs the server: the OS lets it go when the process dies, however it dies. */
    private final Optional<FileLock> owner;

    private EmbeddedPostgresServer(Optional<EmbeddedPostgres> postgres, int port, Optional<FileLock> owner) {
        this.postgres = postgres;
        this.port = port;
        this.owner = owner;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster on first use. Where another
     * live Emend process runs one there (a command beside the server), that one is used, and
     * left running. A server left running by a process that was killed (it still holds
     * {@code postmaster.pid}, but no process holds the owner's lock) is stopped first, since
     * PostgreSQL refuses a second server on the same directory.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            // Beside the data directory, not in it: initdb wants an empty one
            FileChannel lockFile = FileChannel.open(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock owner = tryLock(lockFile);
            if (owner == null) {
                lockFile.close();
                int running = runningPort(dataDirectory)
                        .orElseThrow(() -> new IOException("another process holds its lock but runs no server there"));
                LOG.infof("Using the embedded PostgreSQL another Emend process runs on port %d (data in %s)", running,
                        dataDirectory);
                return new EmbeddedPostgresServer(Optional.empty(), running, Optional.empty());
            }
            try {
                stopStaleServer(dataDirectory);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(STARTUP_WAIT)
                        .setServerConfig("max_connections", "100")
                        // The library tunes PostgreSQL for throwaway test databases (no fsync, no
                        // synchronous commit); this one keeps an archive, so durability comes back.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
                return new EmbeddedPostgresServer(Optional.of(postgres), postgres.getPort(), Optional.of(owner));
            } catch (IOException | RuntimeException e) {
                lockFile.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server, if this process started it; one another process runs is left to it. */
    @Override
    public void close() {
        try {
            if (postgres.isPresent()) {
                postgres.get().close();
            }
            if (owner.isPresent()) {
                owner.get().channel().close();
            }
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** The owner's lock, or {@code null} when another process (or this one) holds it. */
    private static FileLock tryLock(FileChannel lockFile) throws IOException {
        try {
            return lockFile.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** The port of the server running on the directory, as its {@code postmaster.pid} says (its fourth line). */
    private static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || postmasterOf(pidFile).isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        return lines.size() > 3 && lines.get(3).strip().matches("\\d+") ? Optional.of(Integer.valueOf(lines.get(3).strip()))
                : Optional.empty();
    }

    private static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = postmasterOf(pidFile);
        if (server.isEmpty()) {
            // The process is gone: PostgreSQL itself discards a lock file whose process is dead.
            return;
        }
        LOG.warnf("Stopping a PostgreSQL server (pid %d) left running on %s by an earlier run that was killed",
                server.get().pid(), dataDirectory);
        server.get().destroy();
        try {
            server.get().onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            server.get().destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
    }
}
