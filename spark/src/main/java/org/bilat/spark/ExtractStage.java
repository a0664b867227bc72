package org.bilat.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.bilat.ingest.Limits;

/**
 * The distributed stage: the inputs in partitions, each read and extracted on an executor, the results kept (memory,
 * then disk) for the stages after it; a line on {@code err} every few seconds while documents come in.
 */
final class ExtractStage {
    // a partition's results stay in the executor's memory until the partition ends: keep partitions modest
    private static final int DOCUMENTS_PER_PARTITION = 200;
    private static final long TICK_SECONDS = 10;

    private ExtractStage() {}

    /** How the stage runs: in so many partitions, under these limits, skipping the content already stored. */
    record Job(int partitions, Limits limits, StoredContent stored) {}

    /** Partitions enough to balance the cores (four each) and to keep each partition modest. */
    static int partitions(int documents, int parallelism) {
        int wanted = Math.max(parallelism * 4, (documents + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION);
        return Math.max(1, Math.min(documents, wanted));
    }

    static JavaRDD<Result> run(SparkSession spark, List<Input> inputs, Job job, PrintWriter err) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Counters counters = Counters.register(spark.sparkContext());
        Broadcast<SerializableConfiguration> hadoop =
                context.broadcast(new SerializableConfiguration(context.hadoopConfiguration()));
        Broadcast<StoredContent> stored = context.broadcast(job.stored());
        JavaRDD<Result> results = context.parallelize(inputs, job.partitions())
                .mapPartitions(new PartitionExtraction(hadoop, counters, stored, job.limits()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(ExtractStage::daemon);
        ScheduledFuture<?> ticks = ticker.scheduleAtFixedRate(
                tick(counters, inputs.size(), err), TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        try {
            results.count();
        } finally {
            ticks.cancel(false);
            ticker.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        say(err, counters.line(inputs.size()) + " in " + seconds + " s");
        return results;
    }

    /** Prints the counters' line whenever it changed since the last tick. */
    private static Runnable tick(Counters counters, int total, PrintWriter err) {
        AtomicReference<String> last = new AtomicReference<>("");
        return () -> {
            String line = counters.line(total);
            if (!Objects.equals(last.getAndSet(line), line)) {
                say(err, line);
            }
        };
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "bilat-spark-progress");
        thread.setDaemon(true);
        return thread;
    }

    static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
