package org.bilat.pipeline;

import java.nio.file.Path;
import org.bilat.model.BilatException;
import org.bilat.model.Extraction;
import org.jspecify.annotations.Nullable;

/** What a worker made of one file: an extraction to write, known content, or a failure. */
final class Outcome {
    final Path file;
    final @Nullable Extraction extraction;
    final @Nullable String error;
    final @Nullable Throwable cause;

    private Outcome(Path file, @Nullable Extraction extraction, @Nullable String error, @Nullable Throwable cause) {
        this.file = file;
        this.extraction = extraction;
        this.error = error;
        this.cause = cause;
    }

    static Outcome extracted(Path file, Extraction extraction) {
        return new Outcome(file, extraction, null, null);
    }

    static Outcome known(Path file) {
        return new Outcome(file, null, null, null);
    }

    static Outcome failed(Path file, Throwable cause) {
        return new Outcome(file, null, errorLine(file, cause), cause);
    }

    /** The one line for a failed file, its name first. */
    static String errorLine(Path file, Throwable cause) {
        String message = cause instanceof BilatException
                ? String.valueOf(cause.getMessage())
                : "internal error: " + cause.getClass().getName() + ": " + cause.getMessage();
        String name = String.valueOf(file.getFileName());
        boolean named = message.startsWith(file.toString()) || message.startsWith(name);
        return named ? message : file + ": " + message;
    }
}
