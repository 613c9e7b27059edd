package org.emend.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.emend.EmendCommands;

import io.restassured.RestAssured;
import picocli.CommandLine;

/** Runs Emend's commands in the test JVM, keeping what they print. */
public final class CommandLineSession {

    private final CommandLine.IFactory factory;
    private final List<String> server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLineSession(CommandLine.IFactory factory, List<String> server) {
        this.factory = factory;
        this.server = server;
    }

    /** Commands given --local: they run in the test's application, against its database. */
    public static CommandLineSession local(CommandLine.IFactory factory) {
        return new CommandLineSession(factory, List.of("--local"));
    }

    /** Commands as a user runs them: over the API of the test's application, as its admin token. */
    public static CommandLineSession overApi() {
        return overApi(Api.ADMIN_TOKEN);
    }

    /** Commands over the API of the test's application, giving this token. */
    public static CommandLineSession overApi(String token) {
        return new CommandLineSession(CommandLine.defaultFactory(),
                List.of("--url", "http://localhost:" + RestAssured.port, "--token", token));
    }

    /** Runs one command; returns its exit status. */
    public int run(String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.addAll(server);
        return EmendCommands.commandLine(factory, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(arguments.toArray(String[]::new));
    }

    /** Everything the commands printed so far. */
    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
