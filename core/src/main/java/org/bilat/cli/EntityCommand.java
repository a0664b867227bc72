package org.bilat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.store.EntityEdit;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bilat entity rename|retype|merge|split ENTITY}: one judgement on one entity from the command line. */
@Command(
        name = "entity",
        description = "Rename, retype, merge others into, or split spellings or mentions off the entity with this id,"
                + " name or alias; reverting is ./bilat revert ID, the history ./bilat history ENTITY.")
final class EntityCommand extends Subcommand {
    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "0", paramLabel = "ACTION", description = "rename, retype, merge or split.")
    String action;

    @SuppressWarnings("NullAway.Init") // picocli sets the required parameter before call()
    @Parameters(index = "1", paramLabel = "ENTITY", description = "The entity's id, name or alias.")
    String entity;

    @Option(names = "--name", paramLabel = "NAME", description = "rename: the new name; split: the new entity's.")
    @Nullable
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "retype: the new type; split: the new entity's.")
    @Nullable
    String type;

    @Option(names = "--with", paramLabel = "OTHER", description = "merge: an entity merged into ENTITY (repeat).")
    List<String> others = new ArrayList<>();

    @Option(
            names = "--alias",
            paramLabel = "SPELLING",
            description = "split: the documents' entities spelt so move to the new entity (repeat).")
    List<String> aliases = new ArrayList<>();

    @Option(
            names = "--mention",
            paramLabel = "DOC:START-END",
            description = "split: the document entity of this mention moves to the new entity (repeat).")
    List<String> mentions = new ArrayList<>();

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, in words.")
    @Nullable
    String reason;

    @Override
    public Integer call() {
        JudgementAction chosen = action(action);
        EntityEdit edit = new EntityEdit(name, entityType(type), others, aliases, mentions);
        Judgement judgement;
        try (Store store = openExistingStore()) {
            judgement = store.judgeEntity(entity, chosen, edit, Author.of(store), reason, null);
        }
        PrintWriter out = out();
        out.println(judgement.key() + FactLines.SEPARATOR + JudgementLines.line(judgement));
        out.flush();
        return 0;
    }

    private static JudgementAction action(String word) {
        return switch (word) {
            case "rename" -> JudgementAction.RENAME;
            case "retype" -> JudgementAction.RETYPE;
            case "merge" -> JudgementAction.MERGE;
            case "split" -> JudgementAction.SPLIT;
            default -> throw new BilatException(word + ": not an entity judgement; use rename, retype, merge or split");
        };
    }

    private static @Nullable EntityType entityType(@Nullable String word) {
        if (word == null) {
            return null;
        }
        try {
            return EntityType.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BilatException("--type: '" + word + "' is not an entity type", e);
        }
    }
}
