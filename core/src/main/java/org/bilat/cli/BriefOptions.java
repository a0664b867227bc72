package org.bilat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Supplier;
import org.bilat.brief.BriefFormat;
import org.bilat.model.BilatException;
import org.bilat.store.AsOf;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the commands that write a brief or a digest share: the {@code --as-of} cut, and {@code --format} and
 * {@code --out}, where the document goes: the file given (written whole or not at all), else standard output for
 * text, else {@code COMMAND.pdf} in the current folder for a PDF. (The knowledge base is {@link Subcommand}'s.)
 */
final class BriefOptions {
    @SuppressWarnings("NullAway.Init") // picocli injects the spec of the command this is mixed into before call()
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    @Option(names = "--format", paramLabel = "md|html|pdf", defaultValue = "md", description = "Default: md.")
    String format = "md";

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write here (default: standard output; ${COMMAND-NAME}.pdf).")
    @Nullable
    Path out;

    /** The cut asked for; none without --as-of. */
    AsOf cut() {
        return asOf.cut(spec);
    }

    /** The format asked for; an unknown one is a usage error (exit 2). */
    BriefFormat format() {
        return usage(() -> BriefFormat.parse(format));
    }

    /** Turns a bad option value, a {@link BilatException} of {@code parse}, into a usage error (exit 2). */
    <T> T usage(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (BilatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** A usage error (exit 2) of the command with this message. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Writes the content, made in the format, where the options say. */
    void write(byte[] content, BriefFormat chosen) {
        PrintWriter stdout = spec.commandLine().getOut();
        Path file = out;
        if (file == null && chosen != BriefFormat.PDF) {
            stdout.print(new String(content, StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        Path target = file != null ? file : Path.of(spec.name() + "." + chosen.extension());
        save(content, target);
        stdout.println("wrote " + target + " (" + content.length + " bytes)");
        stdout.flush();
    }

    private static void save(byte[] content, Path target) {
        try {
            Path parent = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file has a folder");
            Path partial = Files.createTempFile(parent, ".bilat-", ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BilatException(target + ": cannot write: " + e.getMessage(), e);
        }
    }
}
