package org.bilat.extract.relations;

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
 * Finds posts a verb of leading states rather than a title: "Mari Kask, who heads Acme Bank", "Mari Kask chairs the
 * Lakes Council", "Acme Bank, headed by Mari Kask", "a delegation of the Ministry, led by Mari Kask", "a Bordurian
 * delegation led by Mari Kask".
 */
final class RelationLeaderFinder {
    private static final Set<EntityType> BODIES = EnumSet.of(EntityType.ORG, EntityType.GPE, EntityType.PROGRAM);
    private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
    /** Verbs whose subject holds the top post of their object: "heads", "chairs", "leads". */
    private static final Set<String> LEADING = Set.of("head", "lead", "chair", "direct", "command", "run");
    /** Nouns of a group sent by a body or state, whose leader holds a post there. */
    private static final Set<String> DELEGATIONS = Set.of("delegation", "mission", "team");

    private final RelationText text;
    private final AnnotatedText parse;
    private final RelationSink sink;

    RelationLeaderFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.parse = text.annotated();
        this.sink = sink;
    }

    void find() {
        for (Token verb : parse.tokens()) {
            if (verb.parsed()
                    && verb.pos().startsWith("VB")
                    && LEADING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                if (parse.dependents(verb, "aux:pass").isEmpty() && !verb.pos().equals("VBN")) {
                    active(verb);
                } else {
                    passive(verb);
                }
            }
        }
    }

    /** "Mari Kask heads Acme Bank", "Mari Kask, who chairs the Council". */
    private void active(Token verb) {
        Optional<Occurrence> leader = leaderOf(verb);
        if (leader.isEmpty()) {
            return;
        }
        for (Token object : parse.dependents(verb, "obj")) {
            text.nameOver(object.index(), BODIES).ifPresent(b -> add(leader.get(), b, verb));
        }
    }

    /** The person who is the verb's subject, or whom its relative clause hangs from. */
    private Optional<Occurrence> leaderOf(Token verb) {
        List<Token> subjects = parse.dependents(verb, "nsubj");
        for (Token s : subjects) {
            Optional<Occurrence> person = text.nameOver(s.index(), PERSON);
            if (person.isPresent()) {
                return person;
            }
        }
        if (verb.dep().equals("acl:relcl")) {
            return parse.governor(verb).flatMap(g -> text.nameOver(g.index(), PERSON));
        }
        return Optional.empty();
    }

    /** "Acme Bank, headed by Mari Kask", "a delegation of the Ministry led by Mari Kask". */
    private void passive(Token verb) {
        Optional<Token> led = verb.dep().startsWith("acl") ? parse.governor(verb) : Optional.empty();
        if (led.isEmpty()) {
            return;
        }
        Optional<Occurrence> body = body(led.get());
        // A delegation's sender is the leader's body only where no title already placed the leader.
        boolean sent = text.nameOver(led.get().index(), BODIES).isEmpty();
        for (Token agent : parse.dependents(verb, "obl")) {
            if (parse.caseMarker(agent).filter("by"::equals).isEmpty()) {
                continue;
            }
            Optional<Occurrence> person = text.nameOver(agent.index(), PERSON)
                    .or(() -> parse.dependents(agent, "appos").stream()
                            .flatMap(a -> text.nameOver(a.index(), PERSON).stream())
                            .findFirst());
            person.filter(p -> !sent || !sink.has(RelationType.ROLE, p.id()))
                    .ifPresent(p -> body.ifPresent(b -> add(p, b, verb)));
        }
    }

    /** The body a led word names: itself, or the body or state that sends a delegation ("of the Ministry", "Bordurian"). */
    private Optional<Occurrence> body(Token led) {
        Optional<Occurrence> named = text.nameOver(led.index(), BODIES);
        if (named.isPresent() || !DELEGATIONS.contains(led.lemma().toLowerCase(Locale.ROOT))) {
            return named;
        }
        for (Token t : parse.dependents(led)) {
            boolean of = t.dep().startsWith("nmod") && parse.hasCaseMarker(t, "of");
            if (of || t.dep().equals("nmod:poss")) {
                Optional<Occurrence> sender = text.nameOver(t.index(), BODIES);
                if (sender.isPresent()) {
                    return sender;
                }
            }
            if (t.dep().equals("amod")) {
                Optional<Occurrence> state = text.stateOf(t.text(), t.index());
                if (state.isPresent()) {
                    return state;
                }
            }
        }
        return Optional.empty();
    }

    private void add(Occurrence person, Occurrence body, Token verb) {
        sink.add(RelationType.ROLE, person, body, null, verb.index(), verb.index());
    }
}
