package org.bilat.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.bilat.brief.BriefFormat;
import org.bilat.brief.BriefScope;
import org.bilat.brief.Briefs;
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

/** {@code bilat brief}: a cited brief of the knowledge base, or of some entities, a pair or some years. */
@Command(
        name = "brief",
        description = "Write a brief an analyst can send as it is: key numbers, chronology, figures, registers and"
                + " conflicts, every statement footnoted with its quote and source.")
final class BriefCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

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
    AsOfOptions asOf = new AsOfOptions();

    @Option(names = "--format", paramLabel = "md|html|pdf", defaultValue = "md", description = "Default: md.")
    String format = "md";

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output; brief.pdf).")
    @Nullable
    Path out;

    @Override
    public Integer call() {
        if (!pair.isEmpty() && !entities.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --pair or --entity, not both");
        }
        BriefFormat chosen = usage(() -> BriefFormat.parse(format));
        BriefScope scope = usage(() -> pair.isEmpty()
                ? new BriefScope(entities, false, year("--from", from), year("--to", to))
                : new BriefScope(pair, true, year("--from", from), year("--to", to)));
        AsOf cut = asOf.cut(spec);
        byte[] content;
        try (Store store = root.openExistingStore()) {
            content = Briefs.of(store, Clock.systemUTC()).brief(scope.asOf(cut), chosen);
        }
        BriefOutput.write(content, chosen, out, "brief", spec.commandLine().getOut());
        return 0;
    }

    /** Turns a bad option value into a usage error (exit 2). */
    private <T> T usage(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (BilatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
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
