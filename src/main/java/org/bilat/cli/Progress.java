package org.bilat.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bilat.model.BilatException;
import org.bilat.pipeline.BatchProgress;
import org.jspecify.annotations.Nullable;

/** Shows a batch's progress: a bar on a terminal's stderr, nothing when output goes to a file or a test. */
final class Progress implements Consumer<BatchProgress>, AutoCloseable {
    private final @Nullable ProgressBar bar;
    private final PrintWriter err;
    private final boolean debug;

    private Progress(@Nullable ProgressBar bar, PrintWriter err, boolean debug) {
        this.bar = bar;
        this.err = err;
        this.debug = debug;
    }

    static Progress start(@Nullable String task, int total, PrintWriter err, boolean debug) {
        return new Progress(task != null && total > 0 && interactive() ? bar(task, total) : null, err, debug);
    }

    /** True when a person watches: stdin and stdout are a terminal. */
    @SuppressWarnings("SystemConsoleNull") // the null check is the answer only before JDK 22, as guarded below
    static boolean interactive() {
        Console console = System.console();
        if (Runtime.version().feature() < 22 || console == null) {
            return console != null;
        }
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Console.isTerminal", e);
        }
    }

    @Override
    public void accept(BatchProgress progress) {
        Throwable cause = progress.cause();
        if (debug && cause != null && !(cause instanceof BilatException)) {
            err.println(progress.error());
            cause.printStackTrace(err);
            err.flush();
        }
        if (bar != null) {
            bar.stepTo(progress.done());
            bar.setExtraMessage(String.valueOf(progress.file().getFileName()));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    private static ProgressBar bar(String task, int total) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .build()
                // the first document waits for the models to load, which takes a while
                .setExtraMessage("loading language models...");
    }
}
