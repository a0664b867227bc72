package org.bilat.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.bilat.ingest.DocumentReader;
import org.bilat.ingest.Limits;
import org.bilat.pipeline.BatchRun;
import org.bilat.pipeline.Pipeline;

/**
 * Reads and extracts one partition's documents on an executor, as {@code bilat ingest} does on one machine (the same
 * {@link BatchRun}: per-document deadline, one line per failure, content already in the store skipped before its
 * NLP), on one thread per task.
 *
 * <p>{@link Pipeline#shared()} is the executor JVM's one NLP pipeline: a static holder loaded by the first task that
 * needs it, outside that document's deadline, and kept for every later task of the JVM.
 */
final class PartitionExtraction implements FlatMapFunction<Iterator<Input>, Result> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final Counters counters;
    private final Broadcast<StoredContent> stored;
    private final long maxBytes;
    private final long maxChars;
    private final long timeoutMillis;

    PartitionExtraction(
            Broadcast<SerializableConfiguration> hadoop,
            Counters counters,
            Broadcast<StoredContent> stored,
            Limits limits) {
        this.hadoop = Objects.requireNonNull(hadoop, "hadoop");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.maxBytes = limits.maxBytes();
        this.maxChars = limits.maxChars();
        this.timeoutMillis = limits.docTimeout().toMillis();
    }

    @Override
    public Iterator<Result> call(Iterator<Input> partition) throws IOException {
        List<Input> inputs = new ArrayList<>();
        partition.forEachRemaining(inputs::add);
        if (inputs.isEmpty()) {
            return Collections.emptyIterator();
        }
        Path scratch = Files.createTempDirectory("bilat-spark-");
        try {
            return extract(inputs, new LocalCopies(scratch, hadoop.value().value()))
                    .iterator();
        } finally {
            deleteTree(scratch);
        }
    }

    private List<Result> extract(List<Input> inputs, LocalCopies copies) {
        Map<Path, Input> byFile = new LinkedHashMap<>();
        inputs.forEach(input -> byFile.put(copies.fileOf(input), input));
        Limits limits = new Limits(maxBytes, maxChars, Duration.ofMillis(timeoutMillis));
        DocumentReader reader = DocumentReader.withLimits(limits);
        ResultSink sink = new ResultSink(byFile, counters, stored.value());
        BatchRun.of(
                        file -> {
                            var document = copies.read(Objects.requireNonNull(byFile.get(file), "input"), reader);
                            counters.read().add(1);
                            return document;
                        },
                        document -> Pipeline.shared().extract(document))
                .withThreads(1)
                .withTimeout(limits.docTimeout())
                .withWarmUp(Pipeline::shared)
                .run(List.copyOf(byFile.keySet()), sink, sink::report);
        return sink.results();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
