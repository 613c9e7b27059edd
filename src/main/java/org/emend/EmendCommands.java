package org.emend;

import java.io.PrintWriter;

import org.emend.archive.ExportCommand;
import org.emend.archive.RestoreCommand;
import org.emend.article.PublishCommand;
import org.emend.client.ClientFailures;
import org.emend.client.EmendVersion;
import org.emend.imports.ImportCommand;
import org.emend.jobs.JobsCommand;
import org.emend.ocr.engine.OcrCommand;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Emend's command line: {@code emend <command> …} talks to a running Emend over its API (or, for
 * import, export and restore with {@code --local}, starts Emend here); without a command Emend serves.
 */
@Command(name = "emend", mixinStandardHelpOptions = true, versionProvider = EmendVersion.class, subcommands = {
        ImportCommand.class, PublishCommand.class, ExportCommand.class, RestoreCommand.class, OcrCommand.class,
        JobsCommand.class,
        GenerateCompletion.class }, description = {
                "Emend's commands, sent to a running Emend over its API (--url, EMEND_URL; --token, EMEND_TOKEN;",
                "or url= and token= in ~/.config/emend/client.properties). Run without arguments to start Emend.",
                "Completion for bash and zsh: source <(emend generate-completion)" })
public class EmendCommands {

    /** The command line, its failures to reach Emend said in a line; {@code factory} makes the commands. */
    public static CommandLine commandLine(CommandLine.IFactory factory, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(EmendCommands.class, factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ClientFailures());
        return commandLine;
    }
}
