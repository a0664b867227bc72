package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.pipeline.SearchIndexing;
import org.bilat.store.Store;
import picocli.CommandLine.Command;

/**
 * {@code bilat reextract}: runs this version's extraction again over every stored document, replacing the machine's
 * facts and keeping the analysts' judgements (applied again, or orphaned), then rebuilds the search index.
 */
@Command(
        name = "reextract",
        description = "Extract every stored document again with this version of Bilat, replacing the machine's"
                + " entities and facts and keeping judgements (applied again by key or quote, else orphaned).")
final class ReextractCommand extends Subcommand {
    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        int done = 0;
        int failed = 0;
        try (Store store = openExistingStore()) {
            List<Document> documents = store.storedDocuments();
            for (Document document : documents) {
                try {
                    store.replace(Models.pipeline().extract(document));
                    done++;
                } catch (BilatException e) {
                    err.println("FAILED " + document.source() + ": " + e.getMessage());
                    failed++;
                }
            }
            SearchIndexing.rebuild(store, data());
            int orphaned = store.orphanedJudgements().size();
            out.println("re-extracted " + done + ", failed " + failed + "; judged facts orphaned: " + orphaned
                    + (orphaned > 0 ? " (./bilat judgements orphans lists them)" : ""));
        }
        out.flush();
        err.flush();
        return failed > 0 ? 1 : 0;
    }
}
