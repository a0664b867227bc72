package org.bilat.spark;

import java.io.PrintWriter;
import org.bilat.model.BilatException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The Spark job's program, run by {@code ./bilat spark} on one machine or by {@code spark-submit --class
 * org.bilat.spark.Main} on a cluster: parses the command line, runs the job and exits with its code.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Hadoop's warning that it runs without its native library says nothing a user can act on
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.hadoop.util.NativeCodeLoader", "error");
        System.exit(commandLine().execute(args));
    }

    /** The command line with the project's error handling: one line, a stack trace only with --debug. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SparkCommand());
        commandLine.setExecutionExceptionHandler(Main::handle);
        return commandLine;
    }

    private static int handle(Exception e, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println(
                e instanceof BilatException
                        ? "error: " + e.getMessage()
                        : "internal error: " + e.getClass().getName() + ": " + e.getMessage()
                                + " (rerun with --debug)");
        if (parsed.hasMatchedOption("--debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }
}
