package org.bilat.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.bilat.model.BilatException;

/**
 * Writes one output file whole or not at all: into a temporary file beside it, moved into place when complete, so a
 * failure never leaves a partial or empty file that looks like a result.
 */
final class FileOutput {
    /** Writes text to a writer; returns how many records it wrote. */
    @FunctionalInterface
    interface Content {
        int write(Writer out) throws IOException;
    }

    private FileOutput() {}

    static int write(Path file, Content content) {
        Path temporary;
        try {
            temporary = file.resolveSibling(
                    "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW).close();
        } catch (IOException e) {
            throw new BilatException(file + ": cannot write: " + reason(e), e);
        }
        try {
            int records;
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                records = content.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return records;
        } catch (IOException e) {
            BilatException failure = new BilatException(file + ": cannot write: " + reason(e), e);
            remove(temporary, failure);
            throw failure;
        } catch (RuntimeException e) {
            remove(temporary, e);
            throw e;
        }
    }

    /** Creates the folder (and its parents) when absent. */
    static void folder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BilatException(folder + ": cannot create the folder: " + reason(e), e);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private static void remove(Path temporary, Exception failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
