package org.bilat.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bilat.model.BilatException;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bilat judge accept|reject|edit KEY}: one judgement on one fact from the command line; {@code bilat judge add
 * KIND:DOCUMENT:START-END --set ...} adds a fact by hand from the document's words at those offsets.
 */
@Command(
        name = "judge",
        description = "Accept, reject or edit the fact with this key (./bilat review lists keys), or add one by hand"
                + " from a quote: judge add event:DOCUMENT:START-END --set type=MEET --set date=2016 (DOCUMENT is a"
                + " stored file name or document id; figures need value, unit and measure, relations type, subject and"
                + " object); reverting is"
                + " ./bilat revert ID.")
final class JudgeCommand extends Subcommand {
    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "ACTION", description = "accept, reject, edit or add.")
    String action;

    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(
            index = "1",
            paramLabel = "KEY",
            description = "The fact's key, such as figure:86cbf92ae677cec5:120-151; for add KIND:DOCUMENT:START-END.")
    String key;

    @Option(
            names = "--set",
            paramLabel = "FIELD=VALUE",
            description = "For edit: a field and its new value (repeat); events: type, date, summary, location,"
                    + " participants; figures: value, unit, measure, qualifier, date, subjects; relations: type,"
                    + " title, subject, object. Entities by id, name or alias, a list separated by ';'. An empty"
                    + " value clears qualifier, title, date or location.")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, in words.")
    @Nullable
    String reason;

    @Override
    public Integer call() {
        JudgementAction chosen = action(action);
        if (chosen != JudgementAction.EDIT && chosen != JudgementAction.ADD && !fields.isEmpty()) {
            throw new BilatException("--set: only an edit or an addition sets fields");
        }
        Judgement judgement;
        try (Store store = openExistingStore()) {
            judgement = chosen == JudgementAction.ADD
                    ? HandFactSpan.parse(key, store).add(store, fields, Author.of(store), reason)
                    : store.judge(key, chosen, fields, Author.of(store), reason);
        }
        PrintWriter out = out();
        out.println(judgement.key() + FactLines.SEPARATOR + JudgementLines.line(judgement));
        out.flush();
        return 0;
    }

    static JudgementAction action(String word) {
        return switch (word) {
            case "accept" -> JudgementAction.ACCEPT;
            case "reject" -> JudgementAction.REJECT;
            case "edit" -> JudgementAction.EDIT;
            case "add" -> JudgementAction.ADD;
            default -> throw new BilatException(word + ": not a judgement; use accept, reject, edit or add");
        };
    }
}
