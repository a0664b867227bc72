package org.bilat.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.bilat.model.BilatException;

/**
 * The lock a process holds while it creates or migrates a data folder's store (a lock file beside it), so that two
 * processes starting on a new folder at once do not both run the migrations: the second waits, then finds the schema
 * ready. Within one process a monitor does the same, as file locks are held per process.
 */
final class SchemaLock {
    static final String FILE_NAME = "bilat.db.lock";
    private static final Object IN_PROCESS = new Object();
    private static final Duration POLL = Duration.ofMillis(100);

    private SchemaLock() {}

    /** Runs {@code work} holding the folder's lock, waiting at most {@code patience} for another process to finish. */
    static void holding(Path dataDir, Duration patience, Runnable work) {
        synchronized (IN_PROCESS) {
            try (FileChannel channel =
                    FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = acquire(channel, dataDir, patience);
                try {
                    work.run();
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                throw new BilatException(dataDir + ": cannot lock the store to prepare it: " + e.getMessage(), e);
            }
        }
    }

    private static FileLock acquire(FileChannel channel, Path dataDir, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new BilatException("another bilat process is preparing " + dataDir + "; retry");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BilatException("another bilat process is preparing " + dataDir + "; retry", e);
            }
        }
    }
}
