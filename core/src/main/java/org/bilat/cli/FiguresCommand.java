package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat figures}: the figures of the knowledge base with their sources and quotes. */
@Command(name = "figures", description = "List the figures, by measure and then date, each with its source and quote.")
final class FiguresCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

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
    AsOfOptions asOf = new AsOfOptions();

    @Option(names = "--show-rejected", description = "Show the facts an analyst rejected too, marked ✗.")
    boolean showRejected;

    @Override
    public Integer call() {
        List<FigureRow> rows;
        try (Store store = root.openExistingStore()) {
            rows = store.figures(new FigureFilter(measure, entity, asOf.cut(spec), showRejected));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (rows.isEmpty()) {
            out.println("no matching figures");
        }
        rows.forEach(row -> out.println(FactLines.figure(row)));
        out.flush();
        return 0;
    }
}
