package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;

/** Finds the states behind a joint venture or site: "the joint Kenyan-Japanese Lakeside Park" has both as partners. */
final class RelationJointFinder {
    private static final Set<EntityType> VENTURES = EnumSet.of(EntityType.ORG, EntityType.FAC, EntityType.PROGRAM);
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** Nouns of a venture's kind that may stand before its name. */
    private static final Set<String> KINDS =
            Set.of("venture", "company", "enterprise", "firm", "corporation", "project", "park", "plant", "factory");

    private final RelationText text;
    private final RelationSink sink;

    RelationJointFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        int size = text.annotated().tokens().size();
        for (int i = 0; i + 1 < size; i++) {
            if (text.word(i).equals("joint")) {
                joint(i);
            }
        }
    }

    private void joint(int cue) {
        List<Occurrence> states = new ArrayList<>();
        int i = cue + 1;
        while (text.sameSentence(cue, i)) {
            Optional<Occurrence> adjective =
                    text.startingAt(i).stream().filter(Occurrence::adjective).findFirst();
            if (adjective.isPresent()) {
                states.add(adjective.get());
                i++;
            } else if (DASHES.contains(text.word(i)) && !states.isEmpty()) {
                i++;
            } else {
                break;
            }
        }
        // "the joint Kenyan-Japanese venture Lakeside Motors": the venture named after a noun of its kind.
        if (!states.isEmpty() && KINDS.contains(text.word(i)) && !text.covered(i)) {
            i++;
        }
        Optional<Occurrence> venture = text.startingAt(i, VENTURES).filter(o -> text.sameSentence(cue, o.last()));
        if (venture.isEmpty()) {
            return;
        }
        if (states.isEmpty()) {
            states.addAll(statesInName(venture.get()));
        }
        for (Occurrence state : states) {
            sink.add(
                    RelationType.PARTNER,
                    venture.get(),
                    state,
                    null,
                    cue,
                    venture.get().last());
        }
    }

    /** "Kenyan-Japanese Lakeside Park": the nationality words a venture's name opens with. */
    private List<Occurrence> statesInName(Occurrence venture) {
        List<Occurrence> states = new ArrayList<>();
        for (int i = venture.first(); i <= venture.last(); i++) {
            for (String part : text.token(i).text().split("[-–—]", -1)) {
                if (part.isEmpty()) {
                    continue;
                }
                Optional<Occurrence> state = text.stateOf(part, i);
                if (state.isEmpty()) {
                    return states;
                }
                states.add(state.get());
            }
        }
        return states;
    }
}
