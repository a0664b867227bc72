package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Finds the founders the parse gives a joint venture, however many it lists: "Lakeside Motors, a joint venture between
 * Acme, Beta and Ruritania's Gamma", "Lakeside Motors is a joint venture of Acme and its parent Beta".
 */
final class RelationVentureFinder {
    private static final Set<EntityType> VENTURES = EnumSet.of(EntityType.ORG, EntityType.FAC);
    private static final Set<EntityType> FOUNDERS = EnumSet.of(EntityType.ORG, EntityType.GPE);
    /** Nouns that name a venture of several founders when "joint" qualifies them ("venture" needs no "joint"). */
    private static final Set<String> KINDS = Set.of("venture", "company", "enterprise", "undertaking");

    private static final Set<String> FOUNDER_MARKERS = Set.of("between", "of", "among");
    /** Words that make the venture a plan: "a planned joint venture", "a future joint venture". */
    private static final Set<String> PLANNED = Set.of("planned", "future", "proposed", "possible", "potential");

    private final RelationText text;
    private final AnnotatedText parse;
    private final RelationSink sink;

    RelationVentureFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.parse = text.annotated();
        this.sink = sink;
    }

    void find() {
        for (Token t : parse.tokens()) {
            if (t.parsed() && t.pos().startsWith("NN") && isJointVenture(t) && !text.covered(t.index())) {
                venture(t).ifPresent(v -> founders(t, v));
            }
        }
    }

    private boolean isJointVenture(Token noun) {
        String word = noun.text().toLowerCase(Locale.ROOT);
        List<String> modifiers = parse.dependents(noun).stream()
                .filter(t -> t.dep().equals("amod") || t.dep().equals("compound"))
                .map(t -> t.text().toLowerCase(Locale.ROOT))
                .toList();
        return KINDS.contains(word)
                && (word.equals("venture") || modifiers.contains("joint"))
                && modifiers.stream().noneMatch(PLANNED::contains);
    }

    /** The name the noun describes: the name it stands in apposition to, or the subject of "is a joint venture". */
    private Optional<Occurrence> venture(Token noun) {
        List<Token> named = new ArrayList<>();
        if (noun.dep().equals("appos")) {
            parse.governor(noun).ifPresent(named::add);
        }
        boolean copula = parse.dependents(noun, "cop").stream().findAny().isPresent();
        if (copula) {
            named.addAll(parse.dependents(noun, "nsubj"));
        }
        return named.stream()
                .map(t -> text.nameOver(t.index(), VENTURES))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Each name of the noun's "between"/"of" phrase and its conjuncts ("its parent Beta": the name after the noun). */
    private void founders(Token noun, Occurrence venture) {
        for (Token phrase : parse.dependents(noun)) {
            boolean marked = phrase.dep().startsWith("nmod")
                    && parse.caseMarker(phrase)
                            .filter(FOUNDER_MARKERS::contains)
                            .isPresent();
            if (!marked) {
                continue;
            }
            for (Token founder : parse.withConjuncts(phrase)) {
                name(founder)
                        .filter(f -> !f.id().equals(venture.id()))
                        .ifPresent(f -> sink.add(RelationType.PARTNER, venture, f, null, noun.index(), noun.index()));
            }
        }
    }

    private Optional<Occurrence> name(Token founder) {
        return text.nameOver(founder.index(), FOUNDERS)
                .or(() -> parse.dependents(founder).stream()
                        .filter(t -> t.dep().equals("appos")
                                || t.dep().equals("flat")
                                || t.dep().equals("compound"))
                        .map(t -> text.nameOver(t.index(), FOUNDERS))
                        .flatMap(Optional::stream)
                        .findFirst());
    }
}
