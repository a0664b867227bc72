package org.bilat.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bilat.brief.BriefFormat;
import org.bilat.brief.Briefs;
import org.bilat.brief.Period;
import org.bilat.model.BilatException;
import org.bilat.store.AsOf;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat digest}: what entered the knowledge base in a period, and the trend per area. */
@Command(
        name = "digest",
        description = "Write a monitoring digest: documents ingested since DATE, new events, figures, entities and"
                + " conflicts, and the trend per area against the period before.")
final class DigestCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // picocli requires and sets it before call()
    @Option(names = "--since", required = true, paramLabel = "DATE", description = "First day, e.g. 2024-01-01.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day (default: today, UTC).")
    @Nullable
    String until;

    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    @Option(names = "--format", paramLabel = "md|html|pdf", defaultValue = "md", description = "Default: md.")
    String format = "md";

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output; digest.pdf).")
    @Nullable
    Path out;

    @Override
    public Integer call() {
        AsOf cut = asOf.cut(spec);
        byte[] content;
        BriefFormat chosen;
        try (Store store = root.openExistingStore()) {
            Briefs briefs = Briefs.of(store, Clock.systemUTC());
            Period period;
            try {
                chosen = BriefFormat.parse(format);
                period = Period.parse(since, until, briefs.today());
            } catch (BilatException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            content = briefs.digest(period, chosen, cut);
        }
        BriefOutput.write(content, chosen, out, "digest", spec.commandLine().getOut());
        return 0;
    }
}
