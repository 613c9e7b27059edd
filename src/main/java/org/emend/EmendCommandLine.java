package org.emend;

import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;
import picocli.CommandLine;

/** Runs one of Emend's commands in a started Quarkus, then exits with its status. */
public class EmendCommandLine implements QuarkusApplication {

    @Inject
    CommandLine.IFactory factory;

    @Override
    public int run(String... args) {
        return new CommandLine(EmendCommands.class, factory).execute(args);
    }
}
