package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.bilat.ingest.DocumentReader;
import org.bilat.ingest.Limits;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchRun;
import org.bilat.pipeline.BatchTarget;
import org.bilat.pipeline.SearchIndexing;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * Runs a batch for a command: progress on stderr, then on stderr one line per warning of a written document and one per
 * failed input.
 */
final class Batch {
    private Batch() {}

    /** Runs the inputs into the target; {@code task} names the progress bar, null for none (output on stdout). */
    static BatchReport run(
            @Nullable String task, Inputs inputs, BatchTarget target, Limits limits, PrintWriter err, boolean debug) {
        BatchReport report;
        try (Progress progress = Progress.start(task, inputs.files, err, debug)) {
            BatchRun run = BatchRun.of(DocumentReader.withLimits(limits)::read, Models.extractor(progress))
                    .withTimeout(limits.docTimeout())
                    .withWarmUp(Models::pipeline);
            report = run.run(inputs.files, target, progress);
        }
        inputs.skipped.forEach(err::println);
        report.warnings().forEach(err::println);
        inputs.problems.forEach(err::println);
        report.errors().forEach(err::println);
        err.flush();
        return report;
    }

    /**
     * Brings the data folder's search index in step with its store before a batch or a server starts, saying so when
     * an earlier run had left stored documents out of it.
     */
    static void catchUpIndex(Store store, Path data, PrintWriter err) {
        int indexed = SearchIndexing.catchUp(store, data).documents();
        if (indexed > 0) {
            err.println("indexed " + indexed + " document" + (indexed == 1 ? "" : "s") + " the last run left out");
            err.flush();
        }
    }

    /** The batch's summary line, with the entries folder walks passed over counted when there were any. */
    static String summary(Inputs inputs, BatchReport report) {
        return report.line() + (inputs.skipped.isEmpty() ? "" : ", skipped " + inputs.skipped.size());
    }

    /** Exit code 1 when any input failed or a folder held nothing to read. */
    static int exitCode(Inputs inputs, BatchReport report) {
        return report.failed() > 0 || !inputs.problems.isEmpty() ? 1 : 0;
    }
}
