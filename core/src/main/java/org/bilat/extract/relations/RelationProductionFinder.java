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
 * Finds who makes a product from the noun of making its "of" phrase hangs from, wherever the maker stands: "Acme's
 * production of the K-9", "the development of the K-9 by Acme",
 * "Acme mastered the production of the K-9"; and from a company's possessive before the product ("Acme's K-9
 * howitzer").
 */
final class RelationProductionFinder {
    private static final Set<EntityType> ORG = EnumSet.of(EntityType.ORG);
    /** Nouns of making a product, whose "of" phrase names what is made. */
    private static final Set<String> MAKING = Set.of(
            "production",
            "development",
            "manufacture",
            "manufacturing",
            "creation",
            "design",
            "assembly",
            "modernization",
            "modernisation");

    private final RelationText text;
    private final AnnotatedText parse;
    private final RelationSink sink;

    RelationProductionFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.parse = text.annotated();
        this.sink = sink;
    }

    void find() {
        for (Occurrence product : text.spans()) {
            if (product.type() != EntityType.PRODUCT || product.adjective() || text.isNested(product)) {
                continue;
            }
            Token head = text.headOf(product);
            if (!head.parsed()) {
                continue;
            }
            Token noun = nounOf(head);
            companyOwner(noun).ifPresent(o -> add(product, o, noun));
            Optional<Token> making = parse.governor(noun)
                    .filter(m -> MAKING.contains(m.lemma().toLowerCase(Locale.ROOT)))
                    .filter(m -> noun.dep().startsWith("nmod") && parse.hasCaseMarker(noun, "of"));
            making.ifPresent(m -> makers(m, noun).forEach(o -> add(product, o, m)));
        }
    }

    /** The noun a name qualifies through a chain of compounds ("system" in "the Falcon-7 rocket system"). */
    private Token nounOf(Token head) {
        Token noun = head;
        for (int steps = 0; steps < 3 && noun.dep().equals("compound"); steps++) {
            noun = parse.governor(noun).orElse(noun);
        }
        return noun;
    }

    /** "Acme's K-9": a company (not a state body, which uses what it owns) named in the possessive. */
    private Optional<Occurrence> companyOwner(Token noun) {
        return parse.dependents(noun, "nmod:poss").stream()
                .map(t -> text.nameOver(t.index(), ORG))
                .flatMap(Optional::stream)
                .filter(o -> RelationCues.isCompany(text, o.first(), o.last()))
                .findFirst();
    }

    /**
     * Who does the making: its possessive, its "by" phrase, or the company that is the subject of the verb it is the
     * object of.
     */
    private List<Occurrence> makers(Token making, Token product) {
        List<Token> found = new ArrayList<>(parse.dependents(making, "nmod:poss"));
        found.addAll(by(making));
        // "the production of the Hawk-2 drone by Acme": the parse may hang the "by" phrase from the product.
        found.addAll(by(product));
        List<Occurrence> makers = new ArrayList<>();
        if (making.dep().equals("obj")) {
            // "Acme mastered the production of": only a company, since a ministry that orders production makes nothing.
            parse.governor(making).stream()
                    .flatMap(v -> parse.dependents(v, "nsubj").stream())
                    .flatMap(t -> text.nameOver(t.index(), ORG).stream())
                    .filter(o -> RelationCues.isCompany(text, o.first(), o.last()))
                    .forEach(makers::add);
        }
        for (Token t : found) {
            for (Token each : parse.withConjuncts(t)) {
                text.nameOver(each.index(), ORG).ifPresent(makers::add);
            }
        }
        return makers;
    }

    private List<Token> by(Token word) {
        List<Token> agents = new ArrayList<>();
        for (Token t : parse.dependents(word)) {
            if ((t.dep().startsWith("nmod") || t.dep().startsWith("obl"))
                    && parse.caseMarker(t).filter("by"::equals).isPresent()) {
                agents.add(t);
            }
        }
        return agents;
    }

    private void add(Occurrence product, Occurrence maker, Token cue) {
        sink.add(RelationType.PRODUCED_BY, product, maker, null, cue.index(), cue.index());
    }
}
