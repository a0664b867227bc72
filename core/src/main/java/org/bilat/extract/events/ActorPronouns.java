package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * What "it" and "they" (and "its", "their", "them") point back to when an organisation or state is meant: the subject of
 * the clause above the pronoun's ("Syldavia said it had signed ...", "Syldavia decided to cut its ties"), else the
 * subject of the sentence before ("Syldavia and Acme Bank met in May. They signed ...").
 */
final class ActorPronouns {
    private static final Set<String> SINGULAR = Set.of("it", "its");
    private static final Set<String> PLURAL = Set.of("they", "them", "their");
    /** How many words up the tree a pronoun looks for the subject it stands for. */
    private static final int CLIMB = 8;

    private ActorPronouns() {}

    /** Whether the word is one of the pronouns this reads. */
    static boolean isPronoun(Token word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        return word.pos().startsWith("PRP") && (SINGULAR.contains(lower) || PLURAL.contains(lower));
    }

    /** The ids of the actors the pronoun stands for; empty when no subject above it or before it names one. */
    static List<String> referents(FactContext context, Token pronoun) {
        boolean singular = SINGULAR.contains(pronoun.text().toLowerCase(Locale.ROOT));
        Optional<Token> subject = subjectAbove(context.text(), pronoun);
        if (subject.isEmpty() && pronoun.sentence() > 0) {
            subject = sentenceSubject(context.text(), pronoun.sentence() - 1);
        }
        if (subject.isEmpty()) {
            return List.of();
        }
        List<String> actors = actorsIn(context, subject.get(), singular);
        if (singular && actors.size() != 1) {
            return List.of();
        }
        return actors;
    }

    /**
     * The nearest subject on the pronoun's way up the tree that stands before it and is not another pronoun, within its
     * sentence ("Syldavia says [it has decided [to cut [its ties]]]": Syldavia; not "..., Acme Radio reported").
     */
    private static Optional<Token> subjectAbove(AnnotatedText text, Token pronoun) {
        Token at = pronoun;
        for (int step = 0; step < CLIMB && at.head() >= 0; step++) {
            Token governor = text.tokens().get(at.head());
            if (!at.dep().startsWith("nsubj")) {
                Optional<Token> subject = subjectOf(text, governor);
                if (subject.isPresent() && subject.get().index() < pronoun.index() && !isPronoun(subject.get())) {
                    return subject;
                }
            }
            if (at.dep().equals("acl:relcl")) {
                return Optional.empty();
            }
            at = governor;
        }
        return Optional.empty();
    }

    /** The subject of the main clause of sentence {@code s}, if it has one. */
    private static Optional<Token> sentenceSubject(AnnotatedText text, int s) {
        for (Token t : text.sentence(s)) {
            if (t.head() < 0 && t.parsed()) {
                return subjectOf(text, t).filter(subject -> !isPronoun(subject));
            }
        }
        return Optional.empty();
    }

    private static Optional<Token> subjectOf(AnnotatedText text, Token head) {
        return text.dependents(head).stream()
                .filter(t -> t.dep().equals("nsubj") || t.dep().equals("nsubj:pass"))
                .findFirst();
    }

    /**
     * The states, organisations and people named in the subject's phrase ("Syldavia and Acme Bank", "the
     * Syldavian ministry"), without the ones named only by an adjective when a name is there; no people for "it".
     */
    private static List<String> actorsIn(FactContext context, Token subject, boolean thing) {
        int[] span = context.text().subtreeSpan(subject);
        List<String> named = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        for (Occurrence o : context.occurrences(subject.sentence())) {
            if (o.first() < span[0] || o.last() > span[1] || !o.isActor() || (thing && o.type() == EntityType.PERSON)) {
                continue;
            }
            List<String> into = o.adjective() ? adjectives : named;
            if (!into.contains(o.id())) {
                into.add(o.id());
            }
        }
        return named.isEmpty() ? adjectives : named;
    }
}
