package org.bilat.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bilat.model.BilatException;

/**
 * Runs the steps of one document (reading, extracting) each on a thread of its own, against one deadline for the
 * document, and turns running out of time or of memory into that document's one-line failure.
 *
 * <p>A step that misses the deadline is interrupted and then abandoned: the NLP stops within its next few sentences
 * (CoreNLP's annotators themselves do not answer interrupts), and whatever the thread still finishes goes into a
 * cancelled future nobody reads. A step never touches the batch's
 * target (checking and writing happen on the worker and calling threads), so an abandoned step cannot store anything.
 */
final class DocumentDeadline {
    private final Path file;
    private final ExecutorService steps;
    private final Duration timeout;
    private long end;

    /** The deadline starts now, when a worker takes up the document, not when the document was queued. */
    DocumentDeadline(Path file, ExecutorService steps, Duration timeout) {
        this.file = file;
        this.steps = steps;
        this.timeout = timeout;
        this.end = System.nanoTime() + timeout.toNanos();
    }

    /** Runs {@code work} on this thread without counting its time, e.g. loading the models the first document needs. */
    void pauseFor(Runnable work) {
        long start = System.nanoTime();
        work.run();
        end += System.nanoTime() - start;
    }

    /** The step's result; {@code size} says how much the step had in hand, for the out-of-memory line. */
    <T> T run(Callable<T> step, String size) {
        Future<T> future = steps.submit(step);
        try {
            return future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new BilatException(
                    file + ": extraction took longer than " + timeout.toSeconds()
                            + " s; raise --doc-timeout or split the file",
                    e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new BilatException(file + ": interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause(), size);
        }
    }

    /**
     * The step's own exception as it was; running out of memory as this document's failure: the step's thread has
     * unwound, so what it held is garbage now and the other documents can go on.
     */
    private RuntimeException failure(Throwable cause, String size) {
        if (cause instanceof OutOfMemoryError) {
            return new BilatException(
                    file + ": ran out of memory (" + size + "); raise the heap or split the file", cause);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
