package org.bilat.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchProgress;
import org.bilat.pipeline.BatchTarget;
import org.bilat.pipeline.ExtractionJson;
import org.jspecify.annotations.Nullable;

/**
 * The batch target of one partition: keeps each extraction as a result row, in input order, and each failure as its
 * one line naming the input (a Hadoop URI, not its local copy).
 */
final class ResultSink implements BatchTarget {
    private final Map<Path, Input> inputs;
    private final Counters counters;
    private final StoredContent stored;
    private final List<Result> results = new ArrayList<>();
    private @Nullable Extraction written;

    ResultSink(Map<Path, Input> inputs, Counters counters, StoredContent stored) {
        this.inputs = Map.copyOf(inputs);
        this.counters = Objects.requireNonNull(counters, "counters");
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    /** Content the target store held when the job started is not extracted again. */
    @Override
    public boolean contains(String contentHash) {
        return stored.contains(contentHash);
    }

    @Override
    public boolean write(Extraction extraction) {
        written = extraction;
        counters.extracted().add(1);
        return true;
    }

    /** Turns each finished document, reported in input order right after its write, into its result row. */
    void report(BatchProgress progress) {
        Input input = Objects.requireNonNull(inputs.get(progress.file()), "input");
        Extraction extraction = written;
        String error = progress.error();
        if (error != null) {
            counters.failed().add(1);
            results.add(Result.failed(input, error.replace(progress.file().toString(), input.location())));
        } else if (extraction != null) {
            results.add(Result.extracted(input, ExtractionJson.line(extraction), ExtractionCodec.write(extraction)));
        } else {
            counters.skipped().add(1);
            results.add(Result.skipped(input));
        }
        written = null;
    }

    List<Result> results() {
        return List.copyOf(results);
    }
}
