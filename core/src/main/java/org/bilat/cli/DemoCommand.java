package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchTarget;
import org.bilat.store.EntityRow;
import org.bilat.store.FactCounts;
import org.bilat.store.Store;
import org.bilat.store.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bilat demo}: ingests the bundled dossier and shows what the knowledge base now holds. */
@Command(
        name = "demo",
        description = "Ingest the bundled demo dossier (demo/) into the knowledge base, summarise it, then serve it"
                + " on the web until Ctrl-C.")
final class DemoCommand extends Subcommand {
    private static final int TOP = 10;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Mixin
    Serving serving = new Serving();

    @Option(names = "--no-serve", description = "Stop after the summary instead of starting the web server.")
    boolean noServe;

    @Override
    public Integer call() {
        Path folder = BilatCommand.home().resolve("demo");
        if (!Files.isDirectory(folder)) {
            throw new BilatException(
                    folder + ": demo folder not found; run bilat from the project folder, e.g. ./bilat demo");
        }
        PrintWriter out = out();
        try (Store store = openStore()) {
            Inputs inputs = Inputs.of(List.of(folder));
            Batch.catchUpIndex(store, data(), err());
            BatchTarget target = BatchTarget.indexed(store, data());
            BatchReport report = Batch.run("demo", inputs, target, limitOptions.limits(spec), err(), debug());
            boolean nothingNew = report.ingested() == 0 && report.failed() == 0;
            out.println(
                    nothingNew
                            ? "nothing new: " + report.unchanged() + " documents unchanged"
                            : Batch.summary(inputs, report));
            print(store.summary(TOP), out);
            out.println();
            out.println("next: ./bilat timeline, ./bilat figures, ./bilat conflicts, ./bilat show NAME");
            out.flush();
            int exitCode = Batch.exitCode(inputs, report);
            if (exitCode == 0 && !noServe) {
                serving.serve(store, data(), spec);
            }
            return exitCode;
        }
    }

    static void print(Summary summary, PrintWriter out) {
        out.println();
        out.println("documents: " + summary.documents());
        out.println("entities: " + perType(summary.entitiesPerType()));
        FactCounts facts = summary.facts();
        out.println("facts: " + count(facts.happenings(), "event") + " (" + facts.corroborated()
                + " told by several documents), " + count(facts.figures(), "figure") + ", "
                + count(facts.relations(), "relation"));
        out.println("most mentioned:");
        int rank = 1;
        for (EntityRow row : summary.top()) {
            String also = row.aliases().isEmpty() ? "" : "; also: " + String.join(", ", row.aliases());
            out.printf(
                    "%3d. %s (%s, %s in %s)%s%n",
                    rank++,
                    row.name(),
                    row.type(),
                    count(row.mentions(), "mention"),
                    count(row.documents(), "document"),
                    also);
        }
        out.flush();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String perType(Map<EntityType, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining(", "))
                + " (" + total + " in all)";
    }
}
