package org.bilat.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.bilat.model.Document;
import org.bilat.nlp.NlpPipeline;

/**
 * The extraction benchmark behind {@code bench/extract.sh}: Bilat's extraction on all cores against a plain CoreNLP
 * pipeline on one thread, over the same text, in tokens per second.
 */
public final class ExtractBenchmark {
    private ExtractBenchmark() {}

    /** Arguments: a folder of .txt files and the number of bytes of text to reach by repeating them. */
    public static void main(String[] args) throws Exception {
        List<String> texts = texts(Path.of(args[0]), Long.parseLong(args[1]));
        long bytes = texts.stream()
                .mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .sum();
        System.out.printf(Locale.ROOT, "text: %d documents, %.2f MB%n", texts.size(), bytes / 1e6);
        long start = System.nanoTime();
        long tokens = annotateAll(NlpPipeline.plainWithoutParser(), texts);
        double unparsedSeconds = (System.nanoTime() - start) / 1e9;
        NlpPipeline plain = NlpPipeline.plain();
        start = System.nanoTime();
        annotateAll(plain, texts);
        double plainSeconds = (System.nanoTime() - start) / 1e9;
        int threads = Runtime.getRuntime().availableProcessors();
        Pipeline pipeline = Pipeline.load();
        start = System.nanoTime();
        int entities = extractAll(pipeline, texts, threads);
        double bilatSeconds = (System.nanoTime() - start) / 1e9;
        double plainRate = tokens / plainSeconds;
        double bilatRate = tokens / bilatSeconds;
        System.out.printf(Locale.ROOT, "tokens: %d%n", tokens);
        System.out.printf(
                Locale.ROOT,
                "plain CoreNLP without depparse, 1 thread: %.1f s, %.0f tokens/s%n",
                unparsedSeconds,
                tokens / unparsedSeconds);
        System.out.printf(
                Locale.ROOT,
                "plain CoreNLP with depparse, 1 thread: %.1f s, %.0f tokens/s (depparse adds %.0f%%)%n",
                plainSeconds,
                plainRate,
                (plainSeconds / unparsedSeconds - 1) * 100);
        System.out.printf(
                Locale.ROOT,
                "bilat extract, %d threads: %.1f s, %.0f tokens/s (%d entities)%n",
                threads,
                bilatSeconds,
                bilatRate,
                entities);
        System.out.printf(Locale.ROOT, "ratio bilat/plain: %.2f (target >= 1.5 on 2 cores)%n", bilatRate / plainRate);
        System.out.printf(Locale.ROOT, "peak resident memory: %s%n", peakMemory());
    }

    private static long annotateAll(NlpPipeline nlp, List<String> texts) {
        long tokens = 0;
        for (String text : texts) {
            tokens += nlp.annotate(text).tokens().size();
        }
        return tokens;
    }

    /** Streams the texts through the workers, at most two per thread in flight, as a batch run does. */
    private static int extractAll(Pipeline pipeline, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < texts.size(); i++) {
                Document doc = document(i, texts.get(i));
                inFlight.acquire();
                results.add(pool.submit(() -> {
                    try {
                        return pipeline.extract(doc).entities().size();
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            int entities = 0;
            for (Future<Integer> result : results) {
                entities += result.get();
            }
            return entities;
        } finally {
            pool.shutdown();
        }
    }

    private static Document document(int i, String text) {
        return new Document(
                "bench-" + i + ".txt",
                "bench-" + i + ".txt",
                Integer.toString(i),
                "text/plain",
                text,
                null,
                null,
                null,
                null);
    }

    private static List<String> texts(Path folder, long targetBytes) throws IOException {
        List<String> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                originals.add(Files.readString(file));
            }
        }
        if (originals.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no .txt files");
        }
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < targetBytes; i++) {
            String text = originals.get(i % originals.size());
            texts.add(text);
            bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return texts;
    }

    private static String peakMemory() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return line.substring(6).trim();
            }
        }
        return "unknown";
    }
}
