package org.bilat.extract.relations;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;

/**
 * Finds who makes what from a production word between a maker and its products in one sentence: "The Kisumu Works
 * began to produce the KMT-4410 and KMT-5510", "It was KSC that developed the KS-400"; a sentence opening with "The
 * company" names the last organisation of the sentence before.
 */
final class RelationMakerFinder {
    private static final Set<EntityType> ORG = EnumSet.of(EntityType.ORG);
    private static final Set<String> CLAUSE_ENDS = Set.of("which", "that", "who", ";", "while", "whereas", "but");
    private static final int LONGEST_GAP = 12;
    private static final int LONGEST_REACH = 30;

    private final RelationText text;
    private final RelationSink sink;

    RelationMakerFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        int sentences = text.annotated().sentenceCount();
        for (int s = 0; s < sentences; s++) {
            int from = text.annotated().sentenceStarts().get(s);
            int end = text.annotated().sentenceEnd(s);
            for (int i = from; i < end; i++) {
                if (isProductionWord(i)) {
                    cue(i, from, end);
                }
            }
        }
    }

    private void cue(int cue, int from, int end) {
        // "the 25 already assembled howitzers": a participle before its noun tells no act of a maker named before it.
        if (text.token(cue).dep().equals("amod")) {
            return;
        }
        Optional<Occurrence> maker = makerBefore(cue, from).or(() -> namedBefore(cue, from));
        maker.ifPresent(m -> products(m, cue, end));
    }

    private boolean isProductionWord(int i) {
        String pos = text.token(i).pos();
        return RelationCues.PRODUCTION.contains(text.word(i)) && (pos.startsWith("VB") || pos.startsWith("NN"));
    }

    /** The nearest organisation before the word with no other name between. */
    private Optional<Occurrence> makerBefore(int cue, int from) {
        for (int i = cue - 1; i >= from && i >= cue - LONGEST_GAP; i--) {
            Optional<Occurrence> org = text.endingAt(i, ORG);
            if (org.isPresent()) {
                return org;
            }
            if (text.covered(i)
                    && text.endingAt(i, EnumSet.of(EntityType.GPE))
                            .filter(Occurrence::adjective)
                            .isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "The company manufactures": the last organisation named in the sentence before. */
    private Optional<Occurrence> namedBefore(int cue, int from) {
        boolean opens = Set.of("the", "this").contains(text.word(from))
                && RelationCues.COMPANY_NOUNS.contains(text.word(from + 1))
                && cue <= from + 3;
        if (!opens || from == 0) {
            return Optional.empty();
        }
        int previous = text.token(from - 1).sentence();
        for (int i = from - 1; i >= 0 && text.token(i).sentence() == previous; i--) {
            Optional<Occurrence> org = text.endingAt(i, ORG);
            if (org.isPresent()) {
                return org;
            }
        }
        return Optional.empty();
    }

    /** The products named after the word, up to another name or the end of the clause. */
    private void products(Occurrence maker, int cue, int end) {
        for (int i = cue + 1; i < end && i <= cue + LONGEST_REACH && !CLAUSE_ENDS.contains(text.word(i)); i++) {
            Optional<Occurrence> product = text.startingAt(i, EnumSet.of(EntityType.PRODUCT));
            if (product.isPresent()) {
                sink.add(
                        RelationType.PRODUCED_BY,
                        product.get(),
                        maker,
                        null,
                        cue,
                        product.get().last());
                i = product.get().last();
            } else if (text.startingAt(i).stream().anyMatch(o -> !o.adjective())) {
                return;
            }
        }
    }
}
