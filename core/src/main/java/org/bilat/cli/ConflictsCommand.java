package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.bilat.store.AsOf;
import org.bilat.store.Claim;
import org.bilat.store.Conflict;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bilat conflicts}: where documents disagree on the date or the figure of one thing, each side marked with its
 * review as the timeline marks facts.
 */
@Command(
        name = "conflicts",
        description = "List where documents disagree on a date or a figure, each side with its source and quote.")
final class ConflictsCommand extends Subcommand {
    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    @Option(
            names = "--show-rejected",
            description = "Count the facts an analyst rejected too, marked ✗ (a conflict they settled shows again).")
    boolean showRejected;

    @Override
    public Integer call() {
        AsOf cut = asOf.cut(spec);
        List<Conflict> conflicts;
        try (Store store = openExistingStore()) {
            conflicts = store.conflicts(cut, showRejected);
        }
        PrintWriter out = out();
        if (conflicts.isEmpty()) {
            out.println("no conflicts");
        }
        for (Conflict conflict : conflicts) {
            out.println(conflict.kind().name().toLowerCase(Locale.ROOT) + " conflict: " + conflict.thing());
            for (Claim claim : conflict.claims()) {
                out.println("  " + claim.value() + FactLines.SEPARATOR
                        + FactLines.sources(List.of(claim.passage().source())) + " "
                        + FactLines.quoted(claim.passage().evidence().quote())
                        + FactLines.mark(claim.review()));
            }
        }
        out.flush();
        return 0;
    }
}
