package org.bilat.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bilat.model.EventType;
import org.bilat.store.HappeningRow;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code bilat timeline}: the happenings of the knowledge base in the order of their dates. */
@Command(
        name = "timeline",
        description = "List the happenings in date order, each once with the documents that report it.")
final class TimelineCommand extends Subcommand {
    @Option(names = "--entity", paramLabel = "NAME-OR-ID", description = "Only happenings this entity takes part in.")
    @Nullable
    String entity;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this event type: MEET, AGREE, DEVELOP, ...")
    @Nullable
    String type;

    @Option(names = "--from", paramLabel = "YEAR", description = "Only happenings dated in or after YEAR.")
    @Nullable
    String from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only happenings dated in or before YEAR.")
    @Nullable
    String to;

    @Mixin
    ListingOptions listing = new ListingOptions();

    @Override
    public Integer call() {
        Integer first = year("--from", from);
        Integer last = year("--to", to);
        if (first != null && last != null && first > last) {
            throw new ParameterException(spec.commandLine(), "--from " + first + " is after --to " + last);
        }
        TimelineFilter filter =
                new TimelineFilter(entity, eventType(type), first, last, listing.asOf.cut(spec), listing.showRejected);
        List<HappeningRow> rows;
        try (Store store = openExistingStore()) {
            rows = store.timeline(filter);
        }
        print(rows, out());
        return 0;
    }

    private static void print(List<HappeningRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("no matching events");
        }
        boolean undated = false;
        for (HappeningRow row : rows) {
            if (row.date() == null && !undated) {
                out.println("undated:");
                undated = true;
            }
            String date = row.date() == null ? "" : row.date() + FactLines.SEPARATOR;
            out.println(date + FactLines.happening(row));
        }
        out.flush();
    }

    private @Nullable EventType eventType(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return EventType.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ParameterException(
                    spec.commandLine(),
                    "--type: unknown event type '" + name + "'; use one of " + known,
                    e,
                    null,
                    name);
        }
    }

    private @Nullable Integer year(String option, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw new ParameterException(
                    spec.commandLine(), option + ": '" + value + "' is not a year; give four digits, e.g. 2016");
        }
        return Integer.valueOf(value.strip());
    }
}
