package org.bilat.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document of a batch finished, reported in input order.
 *
 * @param done how many documents of the batch are finished, this one included
 * @param error the line {@code <file>: <what is wrong>} when the document failed
 * @param cause the exception behind a failure, for {@code --debug}
 */
public record BatchProgress(
        Path file,
        Status status,
        int done,
        int total,
        @Nullable String error,
        @Nullable Throwable cause) {
    public BatchProgress {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        if (done < 1 || done > total) {
            throw new IllegalArgumentException("done " + done + " of " + total);
        }
        if ((status == Status.FAILED) != (error != null)) {
            throw new IllegalArgumentException("an error line goes with FAILED only");
        }
    }

    /** How one document of a batch ended. */
    public enum Status {
        INGESTED,
        UNCHANGED,
        FAILED
    }
}
