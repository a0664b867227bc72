package org.bilat.cli;

import picocli.CommandLine;

/** The {@code bilat} program: parses the command line, runs one subcommand and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, error handling included; tests run it in-process with their own writers. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BilatCommand());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
