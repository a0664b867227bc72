package org.bilat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.bilat.model.BilatException;
import org.bilat.store.EntityRow;
import org.bilat.store.Judgement;
import org.bilat.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bilat history KEY|ENTITY}: every judgement of one fact or one entity, oldest first. */
@Command(
        name = "history",
        description = "Every judgement of the fact with this key, or of the entity with this id, name or alias"
                + " (renames, retypes, merges, splits), oldest first, reverts included.")
final class HistoryCommand extends Subcommand {
    private static final Pattern FACT_KEY = Pattern.compile("^(event|figure|relation|entity):");

    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "KEY|ENTITY", description = "The fact's key, or an entity.")
    String key;

    @Override
    public Integer call() {
        List<Judgement> history;
        boolean orphaned;
        try (Store store = openExistingStore()) {
            if (!FACT_KEY.matcher(key).find()) {
                return entity(store);
            }
            history = store.history(key);
            orphaned = store.orphanedJudgements().stream().anyMatch(j -> j.key().equals(key));
        }
        PrintWriter out = out();
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

    private int entity(Store store) {
        EntityRow entity = store.find(key).orElseThrow(() -> new BilatException(key + ": no such entity or fact key"));
        List<Judgement> history = store.entityHistory(entity.id());
        PrintWriter out = out();
        out.println(entity.name() + " (" + entity.type() + ", id " + entity.id() + ")"
                + (history.isEmpty() ? ": not judged yet" : ""));
        history.forEach(judgement -> out.println("  " + JudgementLines.line(judgement)));
        out.flush();
        return 0;
    }
}
