package org.bilat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bilat.store.Judgement;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat revert ID}: undoes one judgement, keeping it in the history. */
@Command(name = "revert", description = "Undo the judgement with this id (the first 8 characters do), kept in history.")
final class RevertCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "ID", description = "The judgement's id, as history prints it.")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, in words.")
    @Nullable
    String reason;

    @Override
    public Integer call() {
        Judgement revert;
        try (Store store = root.openExistingStore()) {
            revert = store.revert(id, Author.of(store), reason);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(revert.key() + FactLines.SEPARATOR + JudgementLines.line(revert));
        out.flush();
        return 0;
    }
}
