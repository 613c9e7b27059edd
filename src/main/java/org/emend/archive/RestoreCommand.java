package org.emend.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.emend.users.Actor;
import org.emend.web.ProblemException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emend restore FILE [--replace]}: the restore API from the command line, for bags of any size. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Restores a bag Emend exported: verifies it first (every file there, every checksum right), then recreates",
        "every record with its ids, texts, statuses, versions and history. Nothing is written if anything is wrong." })
public class RestoreCommand implements Callable<Integer> {

    /** Who restores from the command line, as history and the change feed show it. */
    private static final Actor COMMAND_LINE = new Actor(null, null, "restore (command line)", true, true);

    @Parameters(paramLabel = "FILE", description = "A bag, zip or tar")
    Path bag;

    @Option(names = "--replace", description = "Replace records that exist already")
    boolean replace;

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
        try {
            ArchiveRestore.Report report = restores.restore(bag, replace, COMMAND_LINE);
            spec.commandLine().getOut().println("Restored " + report.summary() + " from " + bag);
            return 0;
        } catch (BagException e) {
            spec.commandLine().getErr().println(bag + " is incomplete or invalid; nothing was restored:");
            e.problems().forEach(problem -> spec.commandLine().getErr().println("  " + problem));
            return 1;
        } catch (ProblemException e) {
            spec.commandLine().getErr().println(bag + ": " + e.problem().detail());
            return 1;
        }
    }
}
