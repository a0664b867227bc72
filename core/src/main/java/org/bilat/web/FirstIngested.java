package org.bilat.web;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.bilat.store.IngestTimes;
import org.jspecify.annotations.Nullable;

/** When a fact entered the store: the ingest time of the first of the documents that report it. */
final class FirstIngested {
    private FirstIngested() {}

    /** The earliest ingest time of these documents as an ISO instant, or null when none is known. */
    static @Nullable String of(Stream<String> documentIds, IngestTimes times) {
        return documentIds
                .map(times::document)
                .flatMap(Optional::stream)
                .min(Instant::compareTo)
                .map(Instant::toString)
                .orElse(null);
    }
}
