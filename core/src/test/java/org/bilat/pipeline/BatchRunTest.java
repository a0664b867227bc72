package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchProgress.Status;
import org.bilat.store.StoreUnreachable;
import org.junit.jupiter.api.Test;

class BatchRunTest {
    private final RecordingTarget target = new RecordingTarget();
    private final List<BatchProgress> progress = Collections.synchronizedList(new ArrayList<>());

    @Test
    void isolatesAFileThatCannotBeReadAndGoesOn() {
        BatchReport report = run(4, BatchRunTest::extract, "a.txt", "bad.xyz", "c.txt");

        assertThat(report).isEqualTo(new BatchReport(2, 0, 1, List.of("bad.xyz: unsupported file type .xyz")));
        assertThat(target.written).containsExactly("a.txt", "c.txt");
    }

    @Test
    void reportsAnUnexpectedExceptionAsOneLineNamingTheFile() {
        Function<Document, Extraction> crashing = document -> {
            throw new IllegalStateException("kaboom");
        };

        BatchReport report = run(2, crashing, "x.txt");

        assertThat(report.errors()).containsExactly("x.txt: internal error: java.lang.IllegalStateException: kaboom");
        assertThat(progress.get(0).cause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void prefixesTheFileToAnExtractionErrorThatDoesNotNameIt() {
        Function<Document, Extraction> refusing = document -> {
            throw new BilatException("text too short");
        };

        assertThat(run(1, refusing, "x.txt").errors()).containsExactly("x.txt: text too short");
    }

    @Test
    void writesInInputOrderWhenWorkersFinishOutOfOrder() {
        CountDownLatch lastDone = new CountDownLatch(1);
        Function<Document, Extraction> firstWaitsForLast = document -> {
            if (document.source().equals("0.txt")) {
                awaitQuietly(lastDone);
            }
            Extraction extraction = extract(document);
            if (document.source().equals("3.txt")) {
                lastDone.countDown();
            }
            return extraction;
        };

        run(4, firstWaitsForLast, "0.txt", "1.txt", "2.txt", "3.txt");

        assertThat(target.written).containsExactly("0.txt", "1.txt", "2.txt", "3.txt");
        assertThat(progress).extracting(BatchProgress::done).containsExactly(1, 2, 3, 4);
    }

    @Test
    void skipsExtractionOfContentTheTargetAlreadyHas() {
        target.known.add("a.txt");
        Set<String> extracted = Collections.synchronizedSet(new HashSet<>());

        BatchReport report = run(
                2,
                document -> {
                    extracted.add(document.source());
                    return extract(document);
                },
                "a.txt",
                "b.txt");

        assertThat(report).isEqualTo(new BatchReport(1, 1, 0, List.of()));
        assertThat(extracted).containsExactly("b.txt");
        assertThat(progress).extracting(BatchProgress::status).containsExactly(Status.UNCHANGED, Status.INGESTED);
    }

    @Test
    void countsAWriteThatFindsTheContentStoredAsUnchanged() {
        target.storedOnWrite.add("a.txt");

        assertThat(run(1, BatchRunTest::extract, "a.txt")).isEqualTo(new BatchReport(0, 1, 0, List.of()));
    }

    @Test
    void isolatesAFailedWrite() {
        target.failOnWrite.add("b.txt");

        BatchReport report = run(2, BatchRunTest::extract, "a.txt", "b.txt", "c.txt");

        assertThat(report).isEqualTo(new BatchReport(2, 0, 1, List.of("b.txt: disk full")));
        assertThat(progress)
                .extracting(BatchProgress::status)
                .containsExactly(Status.INGESTED, Status.FAILED, Status.INGESTED);
    }

    @Test
    void stopsAtAStoreThatCannotBeReachedAgainWithItsOneLine() {
        StoreUnreachable unreachable = new StoreUnreachable(
                "jdbc:postgresql://db/team: lost the connection to the store and cannot open a new one: refused",
                new IllegalStateException("refused"));
        target.onWrite = () -> {
            if (target.written.size() == 1) {
                throw unreachable;
            }
        };

        assertThatThrownBy(() -> run(1, BatchRunTest::extract, "a.txt", "b.txt", "c.txt"))
                .isSameAs(unreachable);
        assertThat(target.written).containsExactly("a.txt");
        assertThat(progress).extracting(BatchProgress::status).containsExactly(Status.INGESTED);
    }

    @Test
    void keepsAtMostTwoDocumentsPerThreadInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        target.onWrite = inFlight::decrementAndGet;
        Function<Document, Extraction> counting = document -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return extract(document);
        };

        run(2, counting, IntStream.range(0, 40).mapToObj(i -> i + ".txt").toArray(String[]::new));

        assertThat(target.written).hasSize(40);
        assertThat(most.get()).isBetween(1, 4);
    }

    @Test
    void reportsEachWarningOfAWrittenDocumentAsOneLineNamingTheFileButNoneOfAnUnchangedOne() {
        Function<Document, Extraction> warning = document -> Extraction.ofEntities(
                document,
                List.of(),
                document.source().equals("a.txt")
                        ? List.of()
                        : List.of("token 4 (\"31 February\"): no such day", "character 9: too long"));
        target.storedOnWrite.add("c.txt");

        BatchReport report = run(2, warning, "a.txt", "b.txt", "c.txt");

        assertThat(report.warnings())
                .containsExactly("b.txt: token 4 (\"31 February\"): no such day", "b.txt: character 9: too long");
        assertThat(report.line()).isEqualTo("ingested 2, unchanged 1, failed 0");
    }

    @Test
    void failsADocumentPastItsDeadlineWithOneLineAndNeverWritesItsLateResult() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch lateDone = new CountDownLatch(1);
        Function<Document, Extraction> deafOnB = document -> {
            if (document.source().equals("b.txt")) {
                awaitIgnoringInterrupts(release); // as CoreNLP, which does not answer interrupts
                lateDone.countDown();
            }
            return extract(document);
        };

        BatchReport report = BatchRun.of(BatchRunTest::read, deafOnB)
                .withThreads(2)
                .withTimeout(Duration.ofSeconds(1))
                .run(Stream.of("a.txt", "b.txt", "c.txt").map(Path::of).toList(), target, progress::add);
        release.countDown();

        assertThat(lateDone.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(report.errors())
                .containsExactly("b.txt: extraction took longer than 1 s; raise --doc-timeout or split the file");
        assertThat(target.written).containsExactly("a.txt", "c.txt");
    }

    @Test
    void doesNotCountTheWarmUpAgainstTheDeadline() {
        BatchReport report = BatchRun.of(BatchRunTest::read, BatchRunTest::extract)
                .withThreads(1)
                .withTimeout(Duration.ofSeconds(1))
                .withWarmUp(() -> sleep(1500))
                .run(List.of(Path.of("a.txt")), target, progress::add);

        assertThat(report).isEqualTo(new BatchReport(1, 0, 0, List.of()));
    }

    @Test
    void failsADocumentThatRunsOutOfMemoryAndGoesOn() {
        Function<Document, Extraction> hungryOnB = document -> {
            if (document.source().equals("b.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return extract(document);
        };

        BatchReport report = run(2, hungryOnB, "a.txt", "b.txt", "c.txt");

        assertThat(report.errors())
                .containsExactly("b.txt: ran out of memory (13 bytes of text); raise the heap or split the file");
        assertThat(target.written).containsExactly("a.txt", "c.txt");
        assertThat(progress.get(1).cause()).hasCauseInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void failsAFileThatRunsOutOfMemoryInTheReader() {
        Function<Path, Document> hungryOnB = file -> {
            if (file.toString().equals("b.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return read(file);
        };

        BatchReport report = BatchRun.of(hungryOnB, BatchRunTest::extract)
                .withThreads(1)
                .run(List.of(Path.of("a.txt"), Path.of("b.txt")), target, progress::add);

        assertThat(report.errors())
                .containsExactly("b.txt: ran out of memory (while reading the file); raise the heap or split the file");
    }

    @Test
    void reportsAnEmptyBatchAsNothingDone() {
        assertThat(run(2, BatchRunTest::extract)).isEqualTo(new BatchReport(0, 0, 0, List.of()));
    }

    private BatchReport run(int threads, Function<Document, Extraction> extractor, String... names) {
        List<Path> files = List.of(names).stream().map(Path::of).toList();
        return BatchRun.of(BatchRunTest::read, extractor).withThreads(threads).run(files, target, progress::add);
    }

    private static Document read(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".xyz")) {
            throw new BilatException(file + ": unsupported file type .xyz");
        }
        return new Document(name, file.toString(), name, "text/plain", "text of " + name, null, null, null, null);
    }

    private static Extraction extract(Document document) {
        return Extraction.ofEntities(document, List.of(), List.of());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean released = false;
        while (!released) {
            try {
                released = latch.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                // ignored on purpose: the step must outlive its deadline
            }
        }
    }

    /** A target that records what it is given; by default everything is new. */
    private static final class RecordingTarget implements BatchTarget {
        final List<String> written = new ArrayList<>();
        final Set<String> known = new HashSet<>();
        final Set<String> storedOnWrite = new HashSet<>();
        final Set<String> failOnWrite = new HashSet<>();
        Runnable onWrite = () -> {};

        @Override
        public boolean contains(String contentHash) {
            return known.contains(contentHash);
        }

        @Override
        public boolean write(Extraction extraction) {
            onWrite.run();
            String source = extraction.document().source();
            if (failOnWrite.contains(source)) {
                throw new BilatException("disk full");
            }
            written.add(source);
            return !storedOnWrite.contains(source);
        }
    }
}
