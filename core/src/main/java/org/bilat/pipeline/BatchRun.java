package org.bilat.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bilat.ingest.Limits;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchProgress.Status;
import org.bilat.store.StoreUnreachable;

/**
 * Files through read → extract → write on a pool of workers, streaming and in input order, one failure per file.
 *
 * <p>Workers read and extract; the calling thread writes each result in input order. At most {@code 2 × threads}
 * documents are in flight, so a batch never holds more texts than that. A failure of one file, whatever its kind,
 * becomes one error line and the batch goes on: that includes a document that takes longer than its time or runs the
 * JVM out of memory (see {@link DocumentDeadline}).
 */
public final class BatchRun {
    private final Function<Path, Document> reader;
    private final Function<Document, Extraction> extractor;
    private final int threads;
    private final Duration timeout;
    private final Runnable warmUp;

    private BatchRun(
            Function<Path, Document> reader,
            Function<Document, Extraction> extractor,
            int threads,
            Duration timeout,
            Runnable warmUp) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1: " + threads);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be more than 0: " + timeout);
        }
        this.threads = threads;
        this.timeout = timeout;
        this.warmUp = Objects.requireNonNull(warmUp, "warmUp");
    }

    /** A run with one worker per processor; {@code extractor} must be thread-safe, e.g. {@code pipeline::extract}. */
    public static BatchRun of(Function<Path, Document> reader, Function<Document, Extraction> extractor) {
        return new BatchRun(
                reader, extractor, Runtime.getRuntime().availableProcessors(), Limits.DEFAULT.docTimeout(), () -> {});
    }

    public BatchRun withThreads(int count) {
        return new BatchRun(reader, extractor, count, timeout, warmUp);
    }

    /** A run in which reading and extracting one document fails that document once it takes longer than this. */
    public BatchRun withTimeout(Duration perDocument) {
        return new BatchRun(reader, extractor, threads, perDocument, warmUp);
    }

    /**
     * A run that calls {@code prepare} before each extraction, outside the document's deadline: loading the models
     * on first use must not count against the first documents.
     */
    public BatchRun withWarmUp(Runnable prepare) {
        return new BatchRun(reader, extractor, threads, timeout, prepare);
    }

    /** Runs every file into {@code target}, telling {@code listener} about each file in input order. */
    public BatchReport run(List<Path> files, BatchTarget target, Consumer<BatchProgress> listener) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers("bilat-worker-"));
        // a thread per step, not a fixed few: a step abandoned at its deadline must not hold up the others
        ExecutorService steps = Executors.newCachedThreadPool(new Workers("bilat-step-"));
        try {
            BatchReport report =
                    new Tally(files.size(), target, listener).drain(submitter(files, target, pool, steps), threads * 2);
            target.finish();
            return report;
        } finally {
            pool.shutdownNow();
            steps.shutdownNow();
        }
    }

    private Iterator<Future<Outcome>> submitter(
            List<Path> files, BatchTarget target, ExecutorService pool, ExecutorService steps) {
        Iterator<Path> paths = List.copyOf(files).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public Future<Outcome> next() {
                Path file = paths.next();
                return pool.submit(() -> process(file, target, steps));
            }
        };
    }

    /** Reads and extracts one file on step threads against its deadline; only this thread asks the target. */
    private Outcome process(Path file, BatchTarget target, ExecutorService steps) {
        DocumentDeadline deadline = new DocumentDeadline(file, steps, timeout);
        try {
            Document document = deadline.run(() -> reader.apply(file), "while reading the file");
            if (contains(target, document.contentHash())) {
                return Outcome.known(file);
            }
            deadline.pauseFor(warmUp);
            String size = Limits.textSize(document.text().length(), true) + " of text";
            return Outcome.extracted(file, deadline.run(() -> extractor.apply(document), size));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(file, e);
        }
    }

    private static boolean contains(BatchTarget target, String contentHash) {
        synchronized (target) {
            return target.contains(contentHash);
        }
    }

    private static boolean write(BatchTarget target, Extraction extraction) {
        synchronized (target) {
            return target.write(extraction);
        }
    }

    /** Counts outcomes and writes extractions in input order on the calling thread. */
    private static final class Tally {
        private final int total;
        private final BatchTarget target;
        private final Consumer<BatchProgress> listener;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private int ingested;
        private int unchanged;
        private int done;

        Tally(int total, BatchTarget target, Consumer<BatchProgress> listener) {
            this.total = total;
            this.target = Objects.requireNonNull(target, "target");
            this.listener = Objects.requireNonNull(listener, "listener");
        }

        BatchReport drain(Iterator<Future<Outcome>> submitted, int window) {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            while (submitted.hasNext() || !inFlight.isEmpty()) {
                while (submitted.hasNext() && inFlight.size() < window) {
                    inFlight.addLast(submitted.next());
                }
                finish(await(inFlight.removeFirst()));
            }
            return new BatchReport(ingested, unchanged, errors.size(), errors, warnings);
        }

        private void finish(Outcome outcome) {
            if (outcome.cause instanceof StoreUnreachable unreachable) {
                throw unreachable;
            }
            Extraction extraction = outcome.extraction;
            if (extraction == null) {
                report(outcome.error == null ? Outcome.known(outcome.file) : outcome);
                return;
            }
            try {
                report(write(target, extraction) ? outcome : Outcome.known(outcome.file));
            } catch (StoreUnreachable e) {
                throw e;
            } catch (RuntimeException e) {
                report(Outcome.failed(outcome.file, e));
            }
        }

        private void report(Outcome outcome) {
            Status status = outcome.error != null
                    ? Status.FAILED
                    : outcome.extraction != null ? Status.INGESTED : Status.UNCHANGED;
            switch (status) {
                case FAILED -> errors.add(Objects.requireNonNull(outcome.error));
                case INGESTED -> ingested(outcome.file, Objects.requireNonNull(outcome.extraction));
                case UNCHANGED -> unchanged++;
            }
            done++;
            listener.accept(new BatchProgress(outcome.file, status, done, total, outcome.error, outcome.cause));
        }

        /** Counts a written document and keeps its warnings, each prefixed with the file so that it reads alone. */
        private void ingested(Path file, Extraction extraction) {
            ingested++;
            extraction.warnings().forEach(warning -> warnings.add(file + ": " + warning));
        }

        private static Outcome await(Future<Outcome> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BilatException("batch: interrupted", e);
            } catch (ExecutionException e) {
                // workers catch every exception themselves; what arrives here is an Error such as OutOfMemoryError
                throw new IllegalStateException("worker died: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Daemon worker threads, so an interrupted batch never keeps the JVM alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String prefix;

        Workers(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
