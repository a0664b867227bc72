package org.bilat.cli;

import java.io.PrintWriter;
import org.bilat.pipeline.SearchIndexing;
import org.bilat.store.Store;
import picocli.CommandLine.Command;

/** {@code bilat reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", description = "Rebuild the search index from what the knowledge base holds.")
final class ReindexCommand extends Subcommand {
    @Override
    public Integer call() {
        try (Store store = openExistingStore()) {
            SearchIndexing.Counts counts = SearchIndexing.rebuild(store, data());
            PrintWriter out = out();
            out.println("indexed documents: " + counts.documents() + ", entities: " + counts.entities() + ", events: "
                    + counts.events());
            out.flush();
            return 0;
        }
    }
}
