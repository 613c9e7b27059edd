package org.emend;

import java.io.PrintWriter;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Answers what needs nothing started: help, the completion script and arguments that are wrong. Parsed
 * with picocli's own factory, so the commands' injected fields stay empty; a command that is
 * to run is parsed again, and run, in the started application.
 */
final class CommandLineChecks {

    private CommandLineChecks() {
    }

    /** The exit status when the arguments were answered here; {@code null} when the command is to run. */
    static Integer answer(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(EmendCommands.class);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            ParseResult parsed = commandLine.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return CommandLine.ExitCode.OK;
            }
            if (parsed.hasSubcommand() && parsed.subcommand().commandSpec().userObject() instanceof GenerateCompletion) {
                // The completion script is made from the commands' declarations alone
                return commandLine.execute(args);
            }
            return null;
        } catch (ParameterException e) {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return CommandLine.ExitCode.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
