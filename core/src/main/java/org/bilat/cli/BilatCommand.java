package org.bilat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilat.model.BilatException;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: options every subcommand shares, and the list of subcommands. */
@Command(
        name = "bilat",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "bilat 0.1.0",
        usageHelpAutoWidth = true,
        description = "Turns analytical documents about relations between states"
                + " into an evidence-backed knowledge base.",
        // the Spark job is its own module with its own class path: the launcher runs it, not this program
        footer = {
            "",
            "  spark        Read and extract documents on Apache Spark, then load them into",
            "               the knowledge base (./bilat spark --help)."
        },
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            ExtractCommand.class,
            EntitiesCommand.class,
            ShowCommand.class,
            TimelineCommand.class,
            FiguresCommand.class,
            ConflictsCommand.class,
            BriefCommand.class,
            DigestCommand.class,
            LadderCommand.class,
            DocsCommand.class,
            ServeCommand.class,
            ReindexCommand.class,
            ExportCommand.class,
            ExportGoldCommand.class,
            ImportCommand.class,
            EvalCommand.class,
            ConfigCommand.class,
            ReviewCommand.class,
            JudgeCommand.class,
            EntityCommand.class,
            RevertCommand.class,
            HistoryCommand.class,
            JudgementsCommand.class,
            ReextractCommand.class,
            HelpCommand.class
        })
final class BilatCommand {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "bilat-data",
            scope = ScopeType.INHERIT,
            description = "Folder of the knowledge base (its SQLite file) and of its search index (default:"
                    + " ${DEFAULT-VALUE}, in the current folder).")
    Path data = Path.of("bilat-data");

    @Option(
            names = "--store",
            paramLabel = "URL",
            defaultValue = "${env:BILAT_STORE}",
            scope = ScopeType.INHERIT,
            description = "A PostgreSQL database to keep the knowledge base in instead of the SQLite file in --data:"
                    + " jdbc:postgresql://HOST:PORT/DB (default: $BILAT_STORE); user and password from the URL"
                    + " (?user=U&password=P) or PGUSER and PGPASSWORD. The search index stays in --data.")
    @Nullable
    String store;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of internal errors.")
    boolean debug;

    /** The knowledge base, created when absent: for commands that add to it. */
    Store openStore() {
        String url = storeUrl();
        return url == null ? Store.open(data) : Store.connect(url);
    }

    /** The knowledge base for commands that only read it: a missing one is an error, not a new empty store. */
    Store openExistingStore() {
        String url = storeUrl();
        if (url != null) {
            return Store.connect(url);
        }
        if (!Files.isDirectory(data)) {
            throw new BilatException(data + ": no knowledge base yet; run bilat demo or bilat ingest PATH... first,"
                    + " or point --data at one");
        }
        return Store.open(data);
    }

    /** The PostgreSQL URL of --store or BILAT_STORE, or null for the SQLite file in --data. */
    private @Nullable String storeUrl() {
        String url = store;
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** The project folder: the launcher sets {@code bilat.home}; otherwise the current folder. */
    static Path home() {
        return Path.of(System.getProperty("bilat.home", "."));
    }
}
