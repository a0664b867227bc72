package org.bilat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * A trigger found in a sentence with the window of its arguments and the token of the object that made it fire.
 *
 * @param object index of the object token, or -1 when the trigger needs none
 */
record TriggerMatch(EventTrigger trigger, EventWindow window, int object) {
    /** The object class of an intergovernmental organisation in the trigger table. */
    static final String INTERGOVERNMENTAL = "IGO";

    private static final Set<String> ENTITY_TYPES =
            Stream.of(EntityType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /**
     * The object token of {@code trigger} nearest the trigger in {@code window} (after it first), or -1. An object
     * that is an NER class ("MONEY") may stand anywhere in the sentence: an amount often closes it.
     */
    static int objectOf(FactContext context, EventClause clause, EventTrigger trigger, EventWindow window) {
        for (int k = window.last() + 1; k <= window.to(); k++) {
            if (isObject(context, clause.token(k), trigger)) {
                return k;
            }
        }
        for (int k = window.first() - 1; k >= window.from(); k--) {
            if (isObject(context, clause.token(k), trigger)) {
                return k;
            }
        }
        for (int k = clause.sentenceFirst(); k <= clause.sentenceLast(); k++) {
            String ner = clause.token(k).ner();
            if (!ENTITY_TYPES.contains(ner) && trigger.objects().contains(ner)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a verb trigger that meets or hosts parties ({@code PERSON} among its objects) has no direct object, or
     * one that is itself among its objects: "met Borduria's president" meets a party, "met Borduria's growing
     * needs" or "meets the standards" meets none.
     */
    static boolean directObjectFits(FactContext context, Token verb, EventTrigger trigger) {
        if (!trigger.verb() || !trigger.objects().contains("PERSON")) {
            return true;
        }
        AnnotatedText text = context.text();
        List<Token> objects = text.dependents(verb, "obj");
        return objects.isEmpty()
                || objects.stream()
                        .flatMap(o -> text.withConjuncts(o).stream())
                        .anyMatch(o -> isObject(context, o, trigger));
    }

    /** An organisation of states the gazetteer knows ("SCO", "European Union"). */
    private static boolean isIntergovernmental(FactContext context, Occurrence occurrence) {
        if (occurrence.type() != EntityType.ORG) {
            return false;
        }
        Gazetteer gazetteer = Gazetteer.load();
        return context.entity(occurrence.id())
                .filter(e -> gazetteer.organization(e.name()).isPresent()
                        || e.aliases().stream()
                                .anyMatch(a -> gazetteer.organization(a).isPresent()))
                .isPresent();
    }

    private static boolean isObject(FactContext context, Token token, EventTrigger trigger) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        Optional<Occurrence> at = context.at(token.index()).filter(o -> !o.adjective());
        for (String object : trigger.objects()) {
            if (object.equals(INTERGOVERNMENTAL)) {
                if (at.filter(o -> isIntergovernmental(context, o)).isPresent()) {
                    return true;
                }
                continue;
            }
            boolean typed = Character.isUpperCase(object.charAt(0));
            if (typed
                    ? object.equals(token.ner())
                            || at.filter(o -> o.type().name().equals(object)).isPresent()
                    : object.equals(lemma)) {
                return true;
            }
        }
        return false;
    }
}
