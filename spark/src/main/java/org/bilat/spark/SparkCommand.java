package org.bilat.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.bilat.cli.LimitOptions;
import org.bilat.ingest.Limits;
import org.bilat.model.BilatException;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilat spark PATH...}: extraction on Apache Spark, records written and loaded into the knowledge base. */
@Command(
        name = "bilat spark",
        mixinStandardHelpOptions = true,
        version = "bilat 0.1.0",
        usageHelpAutoWidth = true,
        description = "Read and extract documents on Apache Spark (a folder or any Hadoop path: local, hdfs://,"
                + " s3a://), write their extraction records to --out as JSON lines and Parquet, then load them into"
                + " the knowledge base in input order, as bilat ingest would.")
final class SparkCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or folders to read recursively.")
    List<String> paths = List.of();

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master (default: the one spark-submit sets, else local[*]).")
    @Nullable
    String master;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "bilat-data",
            description = "Folder of the knowledge base and its search index (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("bilat-data");

    @Option(
            names = "--store",
            paramLabel = "URL",
            defaultValue = "${env:BILAT_STORE}",
            description = "A PostgreSQL knowledge base (jdbc:postgresql://HOST:PORT/DB) instead of the SQLite file"
                    + " in --data (default: $BILAT_STORE).")
    @Nullable
    String store;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write DIR/records.jsonl/ and DIR/records.parquet/ (local or a Hadoop path).")
    @Nullable
    String out;

    @Option(names = "--no-load", description = "Extract and write --out only; store nothing.")
    boolean noLoad;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Partitions (default: 4 per core, 200 documents" + " at most in each).")
    int partitions;

    @Option(names = "--debug", description = "Print the stack trace of internal errors.")
    boolean debug;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        String folder = out;
        if (noLoad && folder == null) {
            throw new BilatException("--no-load: needs --out, or the job would keep nothing");
        }
        if (partitions < 0) {
            throw new BilatException("--partitions: must be 1 or more, not " + partitions);
        }
        Limits limits = limitOptions.limits(spec);
        try (SparkSession spark = session()) {
            if (folder != null) {
                RecordFiles.requireFree(folder, spark.sparkContext().hadoopConfiguration());
            }
            return noLoad
                    ? run(spark, folder, new Discarded(), limits, StoredContent.none())
                    : load(spark, folder, limits);
        }
    }

    private int load(SparkSession spark, @Nullable String folder, Limits limits) {
        String url = store == null || store.isBlank() ? null : store;
        try (Store opened = url == null ? Store.open(data) : Store.connect(url)) {
            return run(spark, folder, BatchTarget.indexed(opened, data), limits, StoredContent.of(opened));
        }
    }

    private int run(
            SparkSession spark, @Nullable String folder, BatchTarget target, Limits limits, StoredContent stored) {
        PrintWriter err = spec.commandLine().getErr();
        Listing listing = Listing.of(paths, spark.sparkContext().hadoopConfiguration());
        listing.skipped().forEach(err::println);
        List<Input> inputs = listing.inputs();
        if (inputs.isEmpty()) {
            throw new BilatException(String.join("; ", listing.problems()));
        }
        int count = partitions > 0 ? partitions : ExtractStage.partitions(inputs.size(), parallelism(spark));
        ExtractStage.say(
                err,
                "read: " + inputs.size() + " documents in " + count + " partitions on "
                        + spark.sparkContext().master());
        JavaRDD<Result> results = ExtractStage.run(spark, inputs, new ExtractStage.Job(count, limits, stored), err);
        if (folder != null) {
            long written = RecordFiles.write(spark, results, folder);
            ExtractStage.say(
                    err,
                    "write: " + written + " records in " + folder + "/" + RecordFiles.JSONL + " and "
                            + RecordFiles.PARQUET);
        }
        BatchReport report = new StoreLoad(target, inputs.size(), err).load(results.toLocalIterator());
        return finish(report, listing, err);
    }

    private int finish(BatchReport report, Listing listing, PrintWriter err) {
        report.warnings().forEach(err::println);
        listing.problems().forEach(err::println);
        report.errors().forEach(err::println);
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        String line = noLoad ? "extracted " + report.ingested() + ", failed " + report.failed() : report.line();
        stdout.println(line
                + (listing.skipped().isEmpty()
                        ? ""
                        : ", skipped " + listing.skipped().size()));
        stdout.flush();
        return report.failed() > 0 || !listing.problems().isEmpty() ? 1 : 0;
    }

    private SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("bilat");
        String named = master;
        if (named != null) {
            builder.master(named);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        try {
            return builder.getOrCreate();
        } catch (Exception e) { // Scala throws SparkException unchecked; a bad master URL is the user's
            throw new BilatException("cannot start Spark (--master " + named + "): " + e.getMessage(), e);
        }
    }

    private static int parallelism(SparkSession spark) {
        return spark.sparkContext().defaultParallelism();
    }
}
