package org.bilat.cli;

import java.time.Duration;
import org.bilat.ingest.Limits;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The per-document limits every batch command takes: file size, amount of text, time; public as a picocli mixin for
 * the Spark job's command line.
 */
public final class LimitOptions {
    @Option(names = "--max-size", paramLabel = "MB", description = "Refuse files larger than this (default: 50).")
    @Nullable
    Long maxSize;

    @Option(
            names = "--max-text",
            paramLabel = "MB",
            description = "Refuse documents with more text than this, before the NLP (default: 2, about 700 pages).")
    @Nullable
    Long maxText;

    @Option(
            names = "--doc-timeout",
            paramLabel = "SECONDS",
            description = "Fail a document whose reading and extraction take longer than this (default: 300).")
    @Nullable
    Long docTimeout;

    /** The limits given, the defaults for those absent; a value below 1 is a usage error of the spec's command. */
    public Limits limits(CommandSpec spec) {
        Limits defaults = Limits.DEFAULT;
        return new Limits(
                megabytes(spec, "--max-size", maxSize, defaults.maxBytes()),
                megabytes(spec, "--max-text", maxText, defaults.maxChars()),
                docTimeout == null
                        ? defaults.docTimeout()
                        : Duration.ofSeconds(atLeastOne(spec, "--doc-timeout", docTimeout, "s")));
    }

    private static long megabytes(CommandSpec spec, String option, @Nullable Long given, long fallback) {
        return given == null ? fallback : Math.min(atLeastOne(spec, option, given, "MB"), Long.MAX_VALUE >> 20) << 20;
    }

    private static long atLeastOne(CommandSpec spec, String option, long given, String unit) {
        if (given < 1) {
            throw new ParameterException(
                    spec.commandLine(), option + ": must be at least 1 (" + unit + "), got " + given);
        }
        return given;
    }
}
