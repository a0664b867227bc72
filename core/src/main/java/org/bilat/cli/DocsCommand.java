package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.bilat.store.DocumentRow;
import org.bilat.store.Store;
import picocli.CommandLine.Command;

/** {@code bilat docs}: the documents in the knowledge base with their metadata. */
@Command(name = "docs", description = "List the documents in the knowledge base.")
final class DocsCommand extends Subcommand {
    @Override
    public Integer call() {
        List<DocumentRow> rows;
        try (Store store = openExistingStore()) {
            rows = store.documents();
        }
        PrintWriter out = out();
        if (rows.isEmpty()) {
            out.println("no documents; add some with: bilat ingest PATH...");
            out.flush();
            return 0;
        }
        Table table = Table.of("SOURCE", "TITLE", "AUTHOR", "PUBLISHER", "PUBLISHED", "ENTITIES");
        rows.forEach(row ->
                table.row(row.source(), row.title(), row.author(), row.publisher(), published(row), row.entities()));
        table.print(out);
        return 0;
    }

    /** "2019-05-10 · dateline, year from the text": the date and where it was read, so a wrong anchor can be traced. */
    private static String published(DocumentRow row) {
        if (row.published() == null) {
            return "";
        }
        return row.publishedFrom() == null ? row.published() : row.published() + " · " + row.publishedFrom();
    }
}
