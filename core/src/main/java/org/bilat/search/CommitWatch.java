package org.bilat.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells, for the price of one file status, whether the index folder may hold a commit the reader has not seen.
 *
 * <p>Asking Lucene ({@code DirectoryReader.openIfChanged}) reads the latest commit point and costs more than a
 * search. A commit renames its segments file into the folder, which changes the folder's modification time, so an
 * unchanged time means no commit, provided the time was already older than the file system's clock resolution when
 * it was seen (else a commit in the same clock tick would keep it). Lucene is asked anyway at least once a second,
 * for file systems that keep no folder times.
 */
final class CommitWatch {
    private static final long SETTLED_MILLIS = 2_000;
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A folder time seen, whether it was settled then, and when ({@link System#nanoTime()}). */
    private record Seen(long stamp, boolean settled, long at) {}

    private final Path folder;
    private final AtomicReference<Seen> seen = new AtomicReference<>(new Seen(Long.MIN_VALUE, false, 0));

    CommitWatch(Path folder) {
        this.folder = folder;
    }

    /** Whether the caller should ask Lucene for a newer commit; of threads asking at once only one is told to. */
    boolean mayHaveChanged() throws IOException {
        long stamp = Files.getLastModifiedTime(folder).toMillis();
        long now = System.nanoTime();
        Seen last = Objects.requireNonNull(seen.get(), "seen");
        if (last.stamp() == stamp && last.settled() && now - last.at() < RECHECK_NANOS) {
            return false;
        }
        boolean settled = System.currentTimeMillis() - stamp > SETTLED_MILLIS;
        return seen.compareAndSet(last, new Seen(stamp, settled, now));
    }
}
