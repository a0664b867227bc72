package org.bilat.spark;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the executors made of one input: its extraction record and whole extraction, the one line saying why not, or
 * none of them when its content is already in the store (skipped before its NLP).
 *
 * @param record the record of ../shared/eval/SCHEMA.md on one line, as {@code bilat extract --json} writes it
 * @param extraction the whole extraction with the document's text, for loading into a store (see
 *     {@link ExtractionCodec})
 * @param error the failure's one line, naming the input, when it could not be read or extracted
 */
record Result(
        long index,
        String location,
        @Nullable String record,
        @Nullable String extraction,
        @Nullable String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    Result {
        Objects.requireNonNull(location, "location");
    }

    static Result extracted(Input input, String record, String extraction) {
        return new Result(input.index(), input.location(), record, extraction, null);
    }

    static Result skipped(Input input) {
        return new Result(input.index(), input.location(), null, null, null);
    }

    /** Whether the input was skipped, its content being in the store already. */
    boolean isSkipped() {
        return record == null && extraction == null && error == null;
    }

    static Result failed(Input input, String error) {
        return new Result(input.index(), input.location(), null, null, error);
    }
}
