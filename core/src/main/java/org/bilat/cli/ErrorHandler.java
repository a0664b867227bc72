package org.bilat.cli;

import java.io.PrintWriter;
import org.bilat.model.BilatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an exception from a subcommand into one line on stderr and exit code 1; stack traces only with --debug. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(line(e));
        if (debug(commandLine)) {
            e.printStackTrace(err);
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }

    static String line(Throwable e) {
        if (e instanceof BilatException) {
            return "error: " + e.getMessage();
        }
        return "internal error: " + e.getClass().getName() + ": " + e.getMessage() + " (rerun with --debug)";
    }

    static boolean debug(CommandLine commandLine) {
        return commandLine.getCommandSpec().root().userObject() instanceof BilatCommand root && root.debug;
    }
}
