package org.emend.archive;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.emend.client.EmendClient;
import org.emend.client.ServerOptions;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emend export --issue ID|--journal ID|--all --out FILE}: receives the bag from a running
 * Emend's export API; with {@code --local}, writes it here from the database.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports an issue, a journal or everything as a BagIt bag (zip or tar) with JATS XML and "
        + "full-fidelity JSON, from a running Emend (see --url), or here with --local.")
public class ExportCommand implements Callable<Integer> {

    static class What {
        @Option(names = "--issue", description = "The issue's id")
        UUID issue;

        @Option(names = "--journal", description = "The journal's id")
        UUID journal;

        @Option(names = "--all", description = "Everything in the archive")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--format", defaultValue = "zip", description = "zip (default) or tar")
    String format;

    @Option(names = "--out", required = true, description = "The file to write")
    Path out;

    @Option(names = "--local", description = "Export here, from the database, without a running Emend (starts Emend in this process)")
    boolean local;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Inject
    ArchiveExport export;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("zip") && !format.equals("tar")) {
            spec.commandLine().getErr().println("--format is zip or tar");
            return 2;
        }
        if (!local) {
            String path = "api/v1/exports/" + (what.all ? "all"
                    : what.journal != null ? "journals/" + what.journal
                            : "issues/" + what.issue)
                    + EmendClient.query(Map.of("format", format));
            long size = server.client().download(path, out);
            spec.commandLine().getOut().println("Wrote " + out + " (" + size + " bytes)");
            return 0;
        }
        ArchiveExport.Scope scope = what.all ? ArchiveExport.Scope.all()
                : what.journal != null ? ArchiveExport.Scope.journal(what.journal) : ArchiveExport.Scope.issue(what.issue);
        if (!export.exists(scope)) {
            spec.commandLine().getErr().println("No " + scope.kind() + " " + scope.id());
            return 2;
        }
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
            export.write(scope, format.equals("zip") ? BagWriter.Format.ZIP : BagWriter.Format.TAR, stream,
                    ExportResource.AGENT);
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().println("Wrote " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }
}
