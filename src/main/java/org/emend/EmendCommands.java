package org.emend;

import org.emend.archive.ExportCommand;
import org.emend.archive.RestoreCommand;
import org.emend.imports.ImportCommand;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;

/** Emend's command line: {@code java -jar quarkus-run.jar <command> …}; without a command Emend serves. */
@Command(name = "emend", mixinStandardHelpOptions = true, subcommands = { ImportCommand.class, ExportCommand.class,
        RestoreCommand.class, GenerateCompletion.class }, description = {
                "Emend's batch commands. Run without arguments to start the server.",
                "Completion for bash and zsh: source <(emend generate-completion)" })
public class EmendCommands {
}
