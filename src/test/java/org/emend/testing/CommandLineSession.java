package org.emend.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.emend.EmendCommands;

import picocli.CommandLine;

/** Runs Emend's commands in the test's application, keeping what they print. */
public final class CommandLineSession {

    private final CommandLine.IFactory factory;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    public CommandLineSession(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    /** Runs one command; returns its exit status. */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(EmendCommands.class, factory);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Everything the commands printed so far. */
    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
