package org.bilat.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bilat.brief.BriefFormat;
import org.bilat.brief.BriefScope;
import org.bilat.brief.Briefs;
import org.bilat.model.BilatException;
import org.bilat.store.AsOf;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bilat brief}: a cited brief of the knowledge base, or of some entities, a pair or some years. */
@Command(
        name = "brief",
        description = "Write a brief an analyst can send as it is: key numbers, chronology, figures, registers and"
                + " conflicts, every statement footnoted with its quote and source.")
final class BriefCommand extends Subcommand {
    @Option(names = "--entity", paramLabel = "NAME-OR-ID", description = "Facts this entity takes part in (repeat).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--pair", arity = "2", paramLabel = "STATE", description = "Facts both take part in.")
    List<String> pair = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR", description = "Only facts dated in or after YEAR.")
    @Nullable
    String from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only facts dated in or before YEAR.")
    @Nullable
    String to;

    @Mixin
    BriefOptions options = new BriefOptions();

    @Override
    public Integer call() {
        if (!pair.isEmpty() && !entities.isEmpty()) {
            throw options.usage("give --pair or --entity, not both");
        }
        BriefFormat chosen = options.format();
        BriefScope scope = options.usage(() -> pair.isEmpty()
                ? new BriefScope(entities, false, year("--from", from), year("--to", to))
                : new BriefScope(pair, true, year("--from", from), year("--to", to)));
        AsOf cut = options.cut();
        byte[] content;
        try (Store store = openExistingStore()) {
            content = Briefs.of(store, Clock.systemUTC()).brief(scope.asOf(cut), chosen);
        }
        options.write(content, chosen);
        return 0;
    }

    private static @Nullable Integer year(String option, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw new BilatException(option + ": '" + value + "' is not a year; give four digits, e.g. 2016");
        }
        return Integer.valueOf(value.strip());
    }
}
