package org.emend;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.emend.database.DatabaseLocator;
import org.emend.database.EmbeddedDataDirectory;
import org.emend.database.SessionKeyStore;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Emend: the server, or with arguments one of its commands ({@link EmendCommands}).
 * When no database is configured, it first finds or starts one, so that a machine with only a
 * JDK runs Emend with one command.
 */
@QuarkusMain
public class EmendMain {

    private static final Logger LOG = Logger.getLogger(EmendMain.class);
    private static final String DATABASE = "emend";
    private static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";

    public static void main(String... args) {
        if (args.length > 0) {
            Integer answered = CommandLineFront.answer(args, new PrintWriter(System.out), new PrintWriter(System.err));
            if (answered != null) {
                // Help, wrong arguments and commands over the API are answered with nothing of Emend started
                System.exit(answered);
            }
            // A command given --local runs beside a possibly running server: no fixed port, no demo, logs apart from output.
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.http.test-port", "0");
            System.setProperty("emend.import.demo", "false");
            // Background work is the server's: a command queues it and leaves
            System.setProperty("emend.jobs.workers", "0");
            System.setProperty("quarkus.log.console.stderr", "true");
            System.setProperty("quarkus.banner.enabled", "false");
        }
        if (DatabaseLocator.configuredUrl().isPresent()) {
            useStoredSessionKey(DatabaseLocator.configuredUrl().get(),
                    DatabaseLocator.setting("quarkus.datasource.username").orElse(null),
                    DatabaseLocator.setting("quarkus.datasource.password").orElse(null));
            run(args);
            return;
        }
        Path dataDirectory = EmbeddedDataDirectory.choose();
        try (DatabaseLocator.Location location = DatabaseLocator.locate(DATABASE, dataDirectory, false)) {
            LOG.infof("No database configured: using %s", location.description());
            System.setProperty("quarkus.datasource.jdbc.url", location.jdbcUrl());
            System.setProperty("quarkus.datasource.username", location.username());
            if (location.password() != null) {
                System.setProperty("quarkus.datasource.password", location.password());
            }
            useStoredSessionKey(location.jdbcUrl(), location.username(), location.password());
            run(args);
        }
    }

    /** Unless a session key is configured, the one the database keeps: shared by replicas, kept across restarts. */
    private static void useStoredSessionKey(String jdbcUrl, String username, String password) {
        if (DatabaseLocator.setting(SESSION_KEY).isPresent()) {
            return;
        }
        System.setProperty(SESSION_KEY, SessionKeyStore.load(jdbcUrl, username, password));
        LOG.info("Console sessions are signed with the key kept in the database (server_secret), shared by every"
                + " replica and kept across restarts; set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to use your own");
    }

    private static void run(String... args) {
        if (args.length > 0) {
            Quarkus.run(EmendCommandLine.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
