package org.emend.client;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Says what failed talking to a running Emend in a few lines, not a stack trace; exit status 1. */
public class ClientFailures implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parsed) throws Exception {
        if (!(exception instanceof ClientFailure failure)) {
            throw exception;
        }
        commandLine.getErr().println(failure.getMessage());
        boolean runsHereToo = commandLine.getCommandSpec().findOption("--local") != null;
        if (runsHereToo && (failure instanceof ServerUnreachable || failure instanceof ApiFailure api && api.status() == 413)) {
            commandLine.getErr().println("  or do it here, against the database, with --local");
        }
        commandLine.getErr().flush();
        return 1;
    }
}
