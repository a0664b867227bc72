package org.bilat.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bilat.model.BilatException;
import org.bilat.store.Store;

/**
 * The ingest benchmark behind {@code bench/ingest.sh}: saves synthetic documents into a new store and prints, for
 * each slice of 1,000, documents per second and the process's resident memory, then the ratio of the last slice's
 * rate to the first's (target: within 15 %).
 *
 * <p>The demo's extraction loads the NLP models; the benchmark lets them go and resets the peak-memory mark
 * ({@code /proc/self/clear_refs}) before saving, so the peak it prints is the store's, not CoreNLP's.
 */
public final class IngestBenchmark {
    static final int SLICE = 1_000;
    static final double TARGET_RATIO = 0.85;
    private static final String USAGE = "usage: bench/ingest.sh [DOCS]   (default 20000)";

    private IngestBenchmark() {}

    /** Arguments: the demo folder (the script passes it), then DOCS. */
    public static void main(String[] args) throws Exception {
        int docs;
        try {
            docs = docs(args);
        } catch (BilatException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path data = Files.createTempDirectory("bilat-ingest-bench");
        try {
            run(Path.of(args[0]), data, docs);
        } finally {
            delete(data);
        }
    }

    private static int docs(String[] args) {
        if (args.length < 1 || args.length > 2) {
            throw new BilatException("expected at most one argument; " + USAGE);
        }
        if (args.length == 1) {
            return 20_000;
        }
        try {
            int docs = Integer.parseInt(args[1]);
            if (docs >= SLICE && docs <= 10_000_000) {
                return docs;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw new BilatException("DOCS: must be a whole number from " + SLICE + " to 10000000, was " + args[1]);
    }

    private static void run(Path demo, Path data, int docs) {
        long start = System.nanoTime();
        SyntheticDossier dossier = SyntheticDossier.extract(demo);
        print("demo: %d documents extracted in %.1f s", dossier.originals(), since(start));
        System.gc();
        boolean reset = ProcessMemory.resetPeak();
        print(
                "memory: %.0f MB resident after extraction (peak mark %s)",
                ProcessMemory.resident() / 1e6, reset ? "reset" : "not resettable here; peaks include the NLP models");
        print("%-13s %10s %10s %12s %12s", "documents", "seconds", "docs/s", "RSS MB", "peak MB");
        List<Double> rates = new ArrayList<>();
        try (Store store = Store.open(data)) {
            for (int from = 0; from < docs; from += SLICE) {
                int to = Math.min(docs, from + SLICE);
                long sliceStart = System.nanoTime();
                for (int i = from; i < to; i++) {
                    store.save(dossier.document(i));
                }
                double seconds = since(sliceStart);
                rates.add((to - from) / seconds);
                print(
                        "%6d-%-6d %10.1f %10.1f %12.0f %12.0f",
                        from + 1,
                        to,
                        seconds,
                        rates.get(rates.size() - 1),
                        ProcessMemory.resident() / 1e6,
                        ProcessMemory.peak() / 1e6);
            }
        }
        double ratio = rates.get(rates.size() - 1) / rates.get(0);
        print(
                "ratio last slice / first slice: %.2f (target >= %.2f) %s",
                ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "PASS" : "MISS");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
        System.out.flush();
    }
}
