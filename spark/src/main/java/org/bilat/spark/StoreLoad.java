package org.bilat.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;

/**
 * The store-side stage: each extraction written in input order through the target {@code bilat ingest} writes to
 * ({@link BatchTarget#indexed}), which links its entities and events to those of the documents stored before it, so
 * the store ends as a local ingest of the same files leaves it. Failures of the earlier stage are counted in order,
 * and the documents it skipped as already stored are unchanged, as ingest counts them.
 */
final class StoreLoad {
    private static final int EVERY = 100;
    private final BatchTarget target;
    private final int total;
    private final PrintWriter err;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int ingested;
    private int unchanged;
    private int done;

    StoreLoad(BatchTarget target, int total, PrintWriter err) {
        this.target = Objects.requireNonNull(target, "target");
        this.total = total;
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Loads every result, then lets the target finish (the search index); one report for both stages. */
    BatchReport load(Iterator<Result> results) {
        while (results.hasNext()) {
            take(results.next());
            done++;
            if (done % EVERY == 0 || done == total) {
                ExtractStage.say(err, "load: " + done + " of " + total + " (ingested " + ingested + ")");
            }
        }
        target.finish();
        return new BatchReport(ingested, unchanged, errors.size(), errors, warnings);
    }

    private void take(Result result) {
        String error = result.error();
        String json = result.extraction();
        if (result.isSkipped()) {
            unchanged++;
            return;
        }
        if (error != null || json == null) {
            errors.add(error == null ? result.location() + ": no extraction" : error);
            return;
        }
        Extraction extraction = ExtractionCodec.read(json);
        try {
            if (target.write(extraction)) {
                ingested++;
                extraction.warnings().forEach(warning -> warnings.add(result.location() + ": " + warning));
            } else {
                unchanged++;
            }
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            boolean named = message.startsWith(Locations.fileName(result.location()));
            errors.add(named ? message : result.location() + ": " + message);
        }
    }
}
