package org.bilat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bilat.pipeline.SearchIndexing;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", description = "Rebuild the search index from what the knowledge base holds.")
final class ReindexCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = root.openExistingStore()) {
            SearchIndexing.Counts counts = SearchIndexing.rebuild(store, root.data);
            PrintWriter out = spec.commandLine().getOut();
            out.println("indexed documents: " + counts.documents() + ", entities: " + counts.entities() + ", events: "
                    + counts.events());
            out.flush();
            return 0;
        }
    }
}
