package org.emend;

import java.io.PrintWriter;

import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;
import picocli.CommandLine;

/** Runs a command given {@code --local} in a started Quarkus, against the database, then exits with its status. */
public class EmendCommandLine implements QuarkusApplication {

    @Inject
    CommandLine.IFactory factory;

    @Override
    public int run(String... args) {
        return EmendCommands.commandLine(factory, new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
    }
}
