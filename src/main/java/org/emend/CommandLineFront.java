package org.emend;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command line in a plain JVM, with nothing of Emend started: help, the completion
 * script, arguments that are wrong, and every command that talks to a running Emend over its API.
 * Only a command given {@code --local} is left to run in a started application.
 */
final class CommandLineFront {

    private CommandLineFront() {
    }

    /** The exit status when the command was run here; {@code null} when it is to run in a started Emend. */
    static Integer answer(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = EmendCommands.commandLine(CommandLine.defaultFactory(), out, err);
        try {
            ParseResult parsed = commandLine.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return CommandLine.ExitCode.OK;
            }
            return runsHere(parsed) ? null : commandLine.execute(args);
        } catch (ParameterException e) {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return CommandLine.ExitCode.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Whether the command was asked to run against the database itself, in this process. */
    private static boolean runsHere(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command.hasMatchedOption("--local");
    }
}
