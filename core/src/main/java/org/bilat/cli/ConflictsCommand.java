package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilat.store.AsOf;
import org.bilat.store.Claim;
import org.bilat.store.Conflict;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat conflicts}: where documents disagree on the date or the figure of one thing. */
@Command(
        name = "conflicts",
        description = "List where documents disagree on a date or a figure, each side with its source and quote.")
final class ConflictsCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOptions asOf = new AsOfOptions();

    @Override
    public Integer call() {
        AsOf cut = asOf.cut(spec);
        List<Conflict> conflicts;
        try (Store store = root.openExistingStore()) {
            conflicts = store.conflicts(cut);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (conflicts.isEmpty()) {
            out.println("no conflicts");
        }
        for (Conflict conflict : conflicts) {
            out.println(conflict.kind().name().toLowerCase(Locale.ROOT) + " conflict: " + conflict.thing());
            for (Claim claim : conflict.claims()) {
                out.println("  " + claim.value() + FactLines.SEPARATOR
                        + FactLines.sources(List.of(claim.passage().source())) + " "
                        + FactLines.quoted(claim.passage().evidence().quote()));
            }
        }
        out.flush();
        return 0;
    }
}
