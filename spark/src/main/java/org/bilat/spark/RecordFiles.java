package org.bilat.spark;

import java.io.IOException;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.bilat.model.BilatException;

/**
 * The extraction records in an output folder (local or any Hadoop path): {@code records.jsonl/}, one record per line
 * as {@code bilat extract --json} writes it, in input order (part files, one per partition), and {@code
 * records.parquet/}, the same records as a table of nested columns.
 */
final class RecordFiles {
    static final String JSONL = "records.jsonl";
    static final String PARQUET = "records.parquet";

    private RecordFiles() {}

    /** Refuses an output folder that already holds records, before any work is done. */
    static void requireFree(String out, Configuration hadoop) {
        for (String name : new String[] {JSONL, PARQUET}) {
            Path path = new Path(out, name);
            try {
                if (path.getFileSystem(hadoop).exists(path)) {
                    throw new BilatException(path + ": already exists; choose another --out or remove it");
                }
            } catch (IOException e) {
                throw new BilatException(out + ": cannot use the output folder (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Writes both files; returns how many records they hold. */
    static long write(SparkSession spark, JavaRDD<Result> results, String out) {
        JavaRDD<String> records = results.map(Result::record).filter(Objects::nonNull);
        records.saveAsTextFile(new Path(out, JSONL).toString());
        long count = records.count();
        if (count > 0) {
            Dataset<String> lines = spark.createDataset(records.rdd(), Encoders.STRING());
            spark.read().json(lines).write().parquet(new Path(out, PARQUET).toString());
        }
        return count;
    }
}
