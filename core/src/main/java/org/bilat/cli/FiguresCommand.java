package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bilat figures}: the figures of the knowledge base with their sources and quotes. */
@Command(name = "figures", description = "List the figures, by measure and then date, each with its source and quote.")
final class FiguresCommand extends Subcommand {
    @Option(
            names = "--measure",
            paramLabel = "WORDS",
            description = "Only figures whose measure has all these words, ignoring case.")
    @Nullable
    String measure;

    @Option(names = "--entity", paramLabel = "NAME-OR-ID", description = "Only figures about this entity.")
    @Nullable
    String entity;

    @Mixin
    ListingOptions listing = new ListingOptions();

    @Override
    public Integer call() {
        List<FigureRow> rows;
        try (Store store = openExistingStore()) {
            rows = store.figures(new FigureFilter(measure, entity, listing.asOf.cut(spec), listing.showRejected));
        }
        PrintWriter out = out();
        if (rows.isEmpty()) {
            out.println("no matching figures");
        }
        rows.forEach(row -> out.println(FactLines.figure(row)));
        out.flush();
        return 0;
    }
}
