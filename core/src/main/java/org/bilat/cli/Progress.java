package org.bilat.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.nlp.SentenceProgress;
import org.bilat.pipeline.BatchProgress;
import org.jspecify.annotations.Nullable;

/** Shows a batch's progress: a bar on a terminal's stderr, nothing when output goes to a file or a test. */
final class Progress implements Consumer<BatchProgress>, AutoCloseable {
    private final @Nullable ProgressBar bar;
    private final List<Path> files;
    private final PrintWriter err;
    private final boolean debug;
    /** The share of sentences done, in percent, of each document in work; finished ones are left out. */
    private final Map<Path, Integer> working = new ConcurrentHashMap<>();

    private volatile int done;

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
        working.remove(progress.file());
        done = progress.done();
        if (bar != null) {
            bar.stepTo(progress.done());
            showNext(bar);
        }
    }

    /** A listener for the NLP of {@code document}, showing its share of sentences done while the bar waits for it. */
    SentenceProgress sentencesOf(Document document) {
        Path file = Path.of(document.path());
        return (sentences, total) -> {
            working.put(file, sentences * 100 / Math.max(1, total));
            ProgressBar shown = bar;
            if (shown != null) {
                showNext(shown);
            }
        };
    }

    /** Names the document the batch waits for: documents finish in input order, so it is the next one. */
    private void showNext(ProgressBar shown) {
        int finished = done;
        if (finished >= files.size()) {
            return;
        }
        Path next = files.get(finished);
        Integer share = working.get(next);
        shown.setExtraMessage(next.getFileName() + (share == null ? "" : " (" + share + "% of sentences)"));
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
