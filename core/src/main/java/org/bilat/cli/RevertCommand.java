package org.bilat.cli;

import java.io.PrintWriter;
import org.bilat.store.Judgement;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bilat revert ID}: undoes one judgement, keeping it in the history. */
@Command(name = "revert", description = "Undo the judgement with this id (the first 8 characters do), kept in history.")
final class RevertCommand extends Subcommand {
    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "ID", description = "The judgement's id, as history prints it.")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, in words.")
    @Nullable
    String reason;

    @Override
    public Integer call() {
        Judgement revert;
        try (Store store = openExistingStore()) {
            revert = store.revert(id, Author.of(store), reason);
        }
        PrintWriter out = out();
        out.println(revert.key() + FactLines.SEPARATOR + JudgementLines.line(revert));
        out.flush();
        return 0;
    }
}
