package org.bilat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilat.export.Exports;
import org.bilat.model.BilatException;
import org.bilat.pipeline.SearchIndexing;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bilat import}: loads a {@code bilat export --format jsonl} file into a new knowledge base. */
@Command(
        name = "import",
        description = "Load a file written by bilat export --format jsonl into an empty knowledge base, then index it"
                + " for search.")
final class ImportCommand extends Subcommand {
    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(paramLabel = "FILE.jsonl", description = "The JSON-lines export to load.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new BilatException(file + ": no such file");
        }
        try (Store store = openStore()) {
            int documents = Exports.load(file, store);
            SearchIndexing.Counts counts = SearchIndexing.rebuild(store, data());
            PrintWriter out = out();
            out.println("loaded " + documents + " documents from " + file + "; indexed entities: " + counts.entities()
                    + ", events: " + counts.events());
            out.flush();
            return 0;
        }
    }
}
