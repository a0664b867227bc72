package org.bilat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilat.model.BilatException;
import org.bilat.store.Store;
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
            ImportCommand.class,
            EvalCommand.class,
            ConfigCommand.class,
            ReviewCommand.class,
            JudgeCommand.class,
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
            description = "Folder of the knowledge base (default: ${DEFAULT-VALUE}, in the current folder).")
    Path data = Path.of("bilat-data");

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of internal errors.")
    boolean debug;

    /** The knowledge base, created when absent: for commands that add to it. */
    Store openStore() {
        return Store.open(data);
    }

    /** The knowledge base for commands that only read it: a missing one is an error, not a new empty store. */
    Store openExistingStore() {
        if (!Files.isDirectory(data)) {
            throw new BilatException(data + ": no knowledge base yet; run bilat demo or bilat ingest PATH... first,"
                    + " or point --data at one");
        }
        return Store.open(data);
    }

    /** The project folder: the launcher sets {@code bilat.home}; otherwise the current folder. */
    static Path home() {
        return Path.of(System.getProperty("bilat.home", "."));
    }
}
