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
        // warnings a user cannot act on (no native Hadoop library, which address Spark binds to), and failures that
        // come back as the job's own one line (a bad master URL, a path whose file system is unreachable)
        quiet("org.apache.hadoop.util.NativeCodeLoader", "error");
        quiet("org.apache.spark.util.Utils", "error");
        quiet("org.apache.spark.SparkContext", "off");
        quiet("org.apache.spark.metrics.MetricsSystem", "error");
        quiet("org.apache.hadoop.fs.FileSystem", "error");
        System.exit(commandLine().execute(args));
    }

    private static void quiet(String logger, String level) {
        String key = "org.slf4j.simpleLogger.log." + logger;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
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
