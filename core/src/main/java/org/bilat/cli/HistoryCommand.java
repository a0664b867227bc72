package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilat.store.Judgement;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bilat history KEY}: every judgement of one fact, oldest first. */
@Command(name = "history", description = "Every judgement of the fact with this key, oldest first, reverts included.")
final class HistoryCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // picocli injects the parent before call()
    @ParentCommand
    BilatCommand root;

    @SuppressWarnings("NullAway.Init") // picocli injects the spec before call()
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "KEY", description = "The fact's key.")
    String key;

    @Override
    public Integer call() {
        List<Judgement> history;
        boolean orphaned;
        try (Store store = root.openExistingStore()) {
            history = store.history(key);
            orphaned = store.orphanedJudgements().stream().anyMatch(j -> j.key().equals(key));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (history.isEmpty()) {
            out.println(key + ": not judged yet");
        } else {
            out.println(key + (orphaned ? " (orphaned: no longer extracted)" : "") + FactLines.SEPARATOR + "["
                    + history.get(0).source() + "] "
                    + FactLines.quoted(history.get(0).quote()));
        }
        history.forEach(judgement -> out.println("  " + JudgementLines.line(judgement)));
        out.flush();
        return 0;
    }
}
