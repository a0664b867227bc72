package org.bilat.cli;

import org.bilat.model.BilatException;
import org.bilat.store.AsOf;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The cut through time the commands that list facts take: {@code --as-of DATE}, {@code --as-of-published}. */
final class AsOfOptions {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Show the knowledge base as it stood at the end of DATE (YYYY-MM-DD, UTC):"
                    + " only documents ingested by then.")
    @Nullable
    String day;

    @Option(
            names = "--as-of-published",
            description = "With --as-of: only documents published by DATE instead (undated documents are left out).")
    boolean published;

    /** The cut asked for; none without --as-of. */
    AsOf cut(CommandSpec spec) {
        if (published && day == null) {
            throw new ParameterException(spec.commandLine(), "--as-of-published: give the date with --as-of DATE");
        }
        try {
            return AsOf.parse(day, published, "--as-of");
        } catch (BilatException e) {
            throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()), e, null, day);
        }
    }
}
