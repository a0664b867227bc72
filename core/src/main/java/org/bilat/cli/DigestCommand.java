package org.bilat.cli;

import java.time.Clock;
import org.bilat.brief.BriefFormat;
import org.bilat.brief.Briefs;
import org.bilat.brief.Period;
import org.bilat.store.AsOf;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bilat digest}: what entered the knowledge base in a period, and the trend per area. */
@Command(
        name = "digest",
        description = "Write a monitoring digest: documents ingested since DATE, new events, figures, entities and"
                + " conflicts, and the trend per area against the period before.")
final class DigestCommand extends Subcommand {
    @SuppressWarnings("NullAway.Init") // picocli requires and sets it before call()
    @Option(names = "--since", required = true, paramLabel = "DATE", description = "First day, e.g. 2024-01-01.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day (default: today, UTC).")
    @Nullable
    String until;

    @Mixin
    BriefOptions options = new BriefOptions();

    @Override
    public Integer call() {
        AsOf cut = options.cut();
        byte[] content;
        BriefFormat chosen;
        try (Store store = openExistingStore()) {
            Briefs briefs = Briefs.of(store, Clock.systemUTC());
            chosen = options.format();
            Period period = options.usage(() -> Period.parse(since, until, briefs.today()));
            content = briefs.digest(period, chosen, cut);
        }
        options.write(content, chosen);
        return 0;
    }
}
