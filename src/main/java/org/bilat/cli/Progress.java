package org.bilat.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
    private final List<Path> files;
    private final PrintWriter err;
    private final boolean debug;

    private Progress(@Nullable ProgressBar bar, List<Path> files, PrintWriter err, boolean debug) {
        this.bar = bar;
        this.files = List.copyOf(files);
        this.err = err;
        this.debug = debug;
    }

    static Progress start(@Nullable String task, List<Path> files, PrintWriter err, boolean debug) {
        ProgressBar bar = task != null && !files.isEmpty() && interactive() ? bar(task, files.size()) : null;
        return new Progress(bar, files, err, debug);
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
            // documents finish in input order, so the next one is the one the batch waits for, however long it takes
            Path next = progress.done() < files.size() ? files.get(progress.done()) : progress.file();
            bar.setExtraMessage(String.valueOf(next.getFileName()));
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
