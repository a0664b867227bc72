package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The named things that pronouns and definite descriptions point back to: "he"/"she" is the last person named before,
 * "it"/"they" the subject they stand for (see {@link ActorPronouns});
 * "the company", "this Syldavian corporation" the last organisation (of that state, when an adjective names one);
 * "the two countries", "both sides" the last two states; "the two presidents", "the leaders" the last two people.
 */
final class References {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "both");
    private static final Set<String> ORGANISATION_NOUNS = Set.of(
            "company",
            "corporation",
            "firm",
            "bank",
            "plant",
            "enterprise",
            "manufacturer",
            "consortium",
            "concern",
            "holding",
            "operator",
            "contractor");
    private static final Set<String> STATE_NOUNS = Set.of("country", "state", "side", "party", "nation", "government");
    private static final Set<String> PERSON_NOUNS = Set.of("president", "leader", "minister", "head", "premier");
    private static final int SENTENCES_BACK = 3;

    private References() {}

    /**
     * The ids that the word at {@code index} points back to when it is a pronoun or the head of a definite
     * description; empty otherwise or when nothing fits.
     */
    static List<String> referents(FactContext context, int index) {
        Token word = context.text().tokens().get(index);
        String lower = word.text().toLowerCase(Locale.ROOT);
        String lemma = word.lemma().toLowerCase(Locale.ROOT);
        if (word.pos().startsWith("PRP") && PERSON_PRONOUNS.contains(lower)) {
            return last(context, index, EntityType.PERSON, 1, null);
        }
        if (ActorPronouns.isPronoun(word)) {
            return ActorPronouns.referents(context, word);
        }
        if (!word.pos().startsWith("NN") || word.pos().startsWith("NNP") || !definite(context, word)) {
            return List.of();
        }
        int count = word.pos().equals("NNS") ? 2 : 1;
        if (ORGANISATION_NOUNS.contains(lemma)) {
            return last(context, index, EntityType.ORG, 1, stateAdjective(context, word));
        }
        if (STATE_NOUNS.contains(lemma) && count == 2) {
            return last(context, index, EntityType.GPE, 2, null);
        }
        return PERSON_NOUNS.contains(lemma) && count == 2
                ? last(context, index, EntityType.PERSON, 2, null)
                : List.of();
    }

    /** The last two states named before {@code index}, in the sentences just before it; empty when fewer. */
    static List<String> lastTwoStates(FactContext context, int index) {
        return last(context, index, EntityType.GPE, 2, null);
    }

    private static boolean definite(FactContext context, Token noun) {
        return context.text().dependents(noun).stream()
                .anyMatch(t -> (t.dep().equals("det") || t.dep().equals("cc:preconj"))
                        && DEFINITE.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /** The state a nationality adjective of the noun names ("this Syldavian corporation"), or null. */
    private static @Nullable String stateAdjective(FactContext context, Token noun) {
        for (Token t : context.text().dependents(noun)) {
            Optional<Occurrence> at = context.at(t.index());
            if (at.isPresent() && at.get().adjective()) {
                return at.get().id();
            }
        }
        return null;
    }

    /** The last {@code count} distinct entities of the type named before {@code index}, nearest sentences first. */
    private static List<String> last(
            FactContext context, int index, EntityType type, int count, @Nullable String state) {
        int sentence = context.text().tokens().get(index).sentence();
        List<String> found = new ArrayList<>();
        for (int s = sentence; s >= 0 && s >= sentence - SENTENCES_BACK && found.size() < count; s--) {
            List<Occurrence> in = context.occurrences(s);
            for (int k = in.size() - 1; k >= 0 && found.size() < count; k--) {
                Occurrence o = in.get(k);
                boolean fits = o.type() == type
                        && !o.adjective()
                        && o.last() < index
                        && !found.contains(o.id())
                        && (type != EntityType.GPE || context.actorStates().isState(o.id()));
                if (fits
                        && (state == null
                                || context.actorStates()
                                        .stateOf(o.id())
                                        .filter(state::equals)
                                        .isPresent())) {
                    found.add(o.id());
                }
            }
        }
        return found.size() == count ? found : List.of();
    }
}
