package org.emend.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.emend.client.ApiFailure;
import org.emend.client.EmendClient;
import org.emend.client.ServerOptions;
import org.emend.failure.Failure;
import org.emend.users.Actor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emend restore FILE [--replace]}: sends the bag to a running Emend's restore API; with
 * {@code --local}, restores it here, for bags beyond the server's request size.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restores a bag Emend exported: verifies it first (every file there, every checksum right), "
        + "then recreates every record with its ids, texts, statuses, versions and history. Nothing "
        + "is written if anything is wrong. Sent to a running Emend (see --url; an admin token), or "
        + "done here with --local.")
public class RestoreCommand implements Callable<Integer> {

    /** Who restores from the command line, as history and the change feed show it. */
    private static final Actor COMMAND_LINE = new Actor(null, null, "restore (command line)", true, true);

    @Parameters(paramLabel = "FILE", description = "A bag, zip or tar")
    Path bag;

    @Option(names = "--replace", description = "Replace records that exist already")
    boolean replace;

    @Option(names = "--local", description = "Restore here, into the database, without a running Emend (starts Emend in this process; "
            + "for bags beyond the server's request size)")
    boolean local;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Inject
    ArchiveRestores restores;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(bag)) {
            spec.commandLine().getErr().println(bag + ": no such file");
            return 2;
        }
        if (!local) {
            try {
                ArchiveRestore.Report report = server.client().uploadForm("api/v1/restores" + EmendClient.query(
                        Map.of("replace", replace)), "bag", bag, ArchiveRestore.Report.class);
                spec.commandLine().getOut().println("Restored " + report.summary() + " from " + bag);
                return 0;
            } catch (ApiFailure e) {
                if (e.status() != 409) {
                    throw e;
                }
                spec.commandLine().getErr().println(e.getMessage() + "\n  emend restore --replace replaces them");
                return 1;
            }
        }
        try {
            ArchiveRestore.Report report = restores.restore(bag, replace, COMMAND_LINE);
            spec.commandLine().getOut().println("Restored " + report.summary() + " from " + bag);
            return 0;
        } catch (BagException e) {
            spec.commandLine().getErr().println(bag + " is incomplete or invalid; nothing was restored:");
            e.problems().forEach(problem -> spec.commandLine().getErr().println("  " + problem));
            return 1;
        } catch (Failure e) {
            spec.commandLine().getErr().println(bag + ": " + e.detail());
            return 1;
        }
    }
}
