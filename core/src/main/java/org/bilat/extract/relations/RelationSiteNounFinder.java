package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;

/**
 * Finds relations told of a site the text calls by a common noun where it names only one such site: "Ruritania's
 * largest port" is in Ruritania, "an agreement among Ruritania, Borduria and Syldavia to facilitate the railway
 * project" makes the three states partners of the railway.
 */
final class RelationSiteNounFinder {
    private static final Set<EntityType> STATE = EnumSet.of(EntityType.GPE);
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.GPE, EntityType.ORG);
    private static final Set<EntityType> PROJECTS = EnumSet.of(EntityType.FAC, EntityType.PROGRAM);
    /** Nouns of an accord among parties. */
    private static final Set<String> ACCORDS = Set.of("agreement", "memorandum", "accord", "deal", "treaty");
    /** Words that open what an accord is for: "to facilitate the railway", "on the construction of". */
    private static final Set<String> PURPOSES = Set.of("to", "for", "on");

    private static final Set<String> POSSESSIVES = Set.of("'s", "'");
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "the");
    private static final int LONGEST_MODIFIERS = 3;
    private static final int LONGEST_REACH = 25;

    private final RelationText text;
    private final RelationSink sink;

    RelationSiteNounFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        int size = text.annotated().tokens().size();
        for (int i = 0; i < size; i++) {
            String word = text.word(i);
            if (RelationCues.SITE_NOUNS.contains(word) && !text.covered(i) && !text.covered(i + 1)) {
                statePossessive(i);
            } else if (ACCORDS.contains(word) && Set.of("among", "between").contains(text.word(i + 1))) {
                accord(i);
            }
        }
    }

    /** "Ruritania's largest port", "Ruritania's new deep-water port": the state a described site stands in. */
    private void statePossessive(int noun) {
        int k = noun - 1;
        while (k > noun - 1 - LONGEST_MODIFIERS && isModifier(k)) {
            k--;
        }
        if (!POSSESSIVES.contains(text.word(k)) || !text.sameSentence(k, noun)) {
            return;
        }
        Optional<Occurrence> state = text.endingAt(k - 1, STATE).filter(o -> !o.adjective());
        Optional<Occurrence> site = text.siteCalled(text.word(noun), noun);
        if (state.isPresent() && site.isPresent()) {
            sink.add(
                    RelationType.LOCATED_IN,
                    site.get(),
                    state.get(),
                    null,
                    state.get().first(),
                    noun);
        }
    }

    private boolean isModifier(int k) {
        String pos = text.token(k).pos();
        return !text.covered(k)
                && !POSSESSIVES.contains(text.word(k))
                && (pos.startsWith("JJ") || pos.equals("NN") || pos.equals("VBN"));
    }

    /**
     * "an agreement among Ruritania, Borduria and Syldavia, signed in May, to facilitate the railway project": the
     * parties listed after the accord and the site or project it is for.
     */
    private void accord(int noun) {
        List<Occurrence> parties = new ArrayList<>();
        int i = noun + 2;
        while (text.sameSentence(noun, i)) {
            Optional<Occurrence> party = text.startingAt(i, PARTIES).filter(o -> !o.adjective());
            if (party.isPresent()) {
                parties.add(party.get());
                i = party.get().last() + 1;
            } else if (LIST_WORDS.contains(text.word(i))) {
                i++;
            } else {
                break;
            }
        }
        if (parties.size() < 2) {
            return;
        }
        Optional<Occurrence> site = siteAfter(i, noun);
        site.ifPresent(s -> parties.forEach(p -> sink.add(RelationType.PARTNER, s, p, null, noun, s.last())));
    }

    /** The first site or project named after a word of purpose, up to the end of the clause. */
    private Optional<Occurrence> siteAfter(int from, int noun) {
        boolean purpose = false;
        for (int i = from; i < from + LONGEST_REACH && text.sameSentence(noun, i); i++) {
            String word = text.word(i);
            if (word.equals(";") || ACCORDS.contains(word)) {
                return Optional.empty();
            }
            purpose |= PURPOSES.contains(word);
            Optional<Occurrence> named = text.startingAt(i, PROJECTS).filter(o -> !o.adjective());
            if (purpose && named.isPresent()) {
                return named;
            }
            if (purpose && RelationCues.SITE_NOUNS.contains(word) && !text.covered(i)) {
                return text.siteCalled(word, i);
            }
        }
        return Optional.empty();
    }
}
