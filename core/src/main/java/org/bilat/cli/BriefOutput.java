package org.bilat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.bilat.brief.BriefFormat;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * Where a brief or a digest goes: the file given (written whole or not at all), else standard output for text, else
 * {@code NAME.pdf} in the current folder for a PDF.
 */
final class BriefOutput {
    private BriefOutput() {}

    static void write(byte[] content, BriefFormat format, @Nullable Path out, String name, PrintWriter stdout) {
        if (out == null && format != BriefFormat.PDF) {
            stdout.print(new String(content, StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        Path target = out != null ? out : Path.of(name + "." + format.extension());
        try {
            Path parent = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file has a folder");
            Path partial = Files.createTempFile(parent, ".bilat-", ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BilatException(target + ": cannot write: " + e.getMessage(), e);
        }
        stdout.println("wrote " + target + " (" + content.length + " bytes)");
        stdout.flush();
    }
}
