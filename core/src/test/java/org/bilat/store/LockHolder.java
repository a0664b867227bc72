package org.bilat.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A second process for the lock test: holds a data folder's schema lock for some milliseconds, then exits. */
final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[0]);
        try (FileChannel channel = FileChannel.open(
                        dir.resolve(SchemaLock.FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            System.out.println("locked " + lock.isValid());
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
