package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.store.EntityRow;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code bilat entities}: the knowledge base's entities, most mentioned first. */
@Command(name = "entities", description = "List the entities in the knowledge base, most mentioned first.")
final class EntitiesCommand extends Subcommand {
    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: ${COMPLETION-CANDIDATES}.")
    @Nullable
    EntityType type;

    @Option(names = "--query", paramLabel = "TEXT", description = "Only entities whose name or an alias contains TEXT.")
    @Nullable
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N rows (default: 50).")
    int limit = 50;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit: must be at least 1, got " + limit);
        }
        List<EntityRow> rows;
        try (Store store = openExistingStore()) {
            rows = store.entities(type, query, limit);
        }
        PrintWriter out = out();
        if (rows.isEmpty()) {
            out.println("no matching entities");
            out.flush();
            return 0;
        }
        Table table = Table.of("ID", "TYPE", "NAME", "ALIASES", "DOCS", "MENTIONS");
        rows.forEach(row -> table.row(
                row.id(), row.type(), row.name(), String.join(", ", row.aliases()), row.documents(), row.mentions()));
        table.print(out);
        return 0;
    }
}
