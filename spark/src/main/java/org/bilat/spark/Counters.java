package org.bilat.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * How many documents the executors have read, extracted, skipped (already in the store) and failed so far, for the
 * driver's progress lines.
 */
record Counters(LongAccumulator read, LongAccumulator extracted, LongAccumulator skipped, LongAccumulator failed)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static Counters register(SparkContext context) {
        return new Counters(
                context.longAccumulator("documents read"),
                context.longAccumulator("documents extracted"),
                context.longAccumulator("documents skipped"),
                context.longAccumulator("documents failed"));
    }

    /** The line saying how far the extraction stage has come. */
    String line(int total) {
        return "extract: read " + read.value() + ", extracted " + extracted.value() + ", skipped " + skipped.value()
                + ", failed " + failed.value() + " of " + total;
    }
}
