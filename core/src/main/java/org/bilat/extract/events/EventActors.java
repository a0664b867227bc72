package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Where a trigger's actors stand in its sentence's dependency tree: the subject, objects and obliques of a verb ("X
 * signed ... with Y", "was signed by X", "talks between X and Y"), the modifiers of a noun ("the Ruritanian-Bordurian
 * exercise", "Syldavia's purchase of ..."), and, for a trigger that hangs from another word, that word's subject
 * ("X agreed to buy", "X hosted an exercise with Y", "the contract signed by X"); a noun's own clause ("a delegation
 * led by X") holds its arguments too. Clauses nested inside an argument (relative clauses, reported speech) are not
 * its arguments.
 */
final class EventActors {
    private static final Set<String> ARGUMENTS =
            Set.of("nsubj", "obj", "iobj", "obl", "nmod", "amod", "compound", "appos", "csubj", "acl", "dep");
    private static final Set<String> GOVERNOR_ARGUMENTS = Set.of("nsubj", "obl", "csubj");
    private static final Set<String> CHAINED = Set.of("xcomp", "conj", "advcl", "obj", "nsubj", "obl", "nmod");
    private static final Set<String> CLAUSES = Set.of("acl:relcl", "advcl", "ccomp", "parataxis", "punct");
    private static final int CLIMB = 2;

    private EventActors() {}

    /** The tokens of the trigger {@code first..last}'s arguments; empty when its sentence was not parsed. */
    static Set<Integer> argumentTokens(AnnotatedText text, int first, int last) {
        Token head = headOf(text, first, last);
        List<Token> roots = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            roots.addAll(dependents(text, text.tokens().get(k), ARGUMENTS));
        }
        Token at = head;
        for (int step = 0;
                step < CLIMB && CHAINED.contains(base(at.dep())) && !hasSubject(text, at) && !namesAgent(text, at);
                step++) {
            Token governor = text.tokens().get(at.head());
            roots.addAll(dependents(text, governor, GOVERNOR_ARGUMENTS));
            at = governor;
        }
        if (head.dep().equals("acl") && head.head() >= 0) {
            Token noun = text.tokens().get(head.head());
            roots.add(noun);
            roots.addAll(dependents(text, noun, ARGUMENTS));
        }
        Set<Integer> tokens = new TreeSet<>();
        roots.forEach(root -> collect(text, root, first, last, tokens));
        return tokens;
    }

    /**
     * A clause with a subject of its own names its actor itself ("X recalled its envoy after Y approved the office":
     * X is not among the approval's actors).
     */
    private static boolean hasSubject(AnnotatedText text, Token verb) {
        return verb.pos().startsWith("VB")
                && text.dependents(verb).stream().anyMatch(t -> t.dep().equals("nsubj"));
    }

    /**
     * A noun with a named possessor or a "by" agent names its actor itself ("after Borduria's invasion of Syldavia,
     * Ruritania's exports grew": Ruritania is not among the invasion's actors).
     */
    private static boolean namesAgent(AnnotatedText text, Token noun) {
        return noun.pos().startsWith("NN")
                && text.dependents(noun).stream()
                        .anyMatch(t -> (t.dep().equals("nmod:poss") && t.isProperNoun())
                                || (t.dep().startsWith("nmod")
                                        && text.caseMarker(t)
                                                .filter("by"::equals)
                                                .isPresent()));
    }

    /** The trigger's token whose head lies outside it. */
    private static Token headOf(AnnotatedText text, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = text.tokens().get(k);
            if (t.head() < first || t.head() > last) {
                return t;
            }
        }
        return text.tokens().get(first);
    }

    private static List<Token> dependents(AnnotatedText text, Token head, Set<String> relations) {
        return text.dependents(head).stream()
                .filter(t -> relations.contains(base(t.dep())))
                .toList();
    }

    private static String base(String dep) {
        int colon = dep.indexOf(':');
        return colon < 0 ? dep : dep.substring(0, colon);
    }

    /** The root's subtree without the clauses nested in it, nor the trigger. */
    private static void collect(AnnotatedText text, Token root, int first, int last, Set<Integer> into) {
        collect(text, root, first, last, into, true);
    }

    /**
     * A participle on the argument itself tells who acted ("a delegation led by X"); one on a word deeper inside it
     * tells another happening ("an attack of terrorists coming from X"), whose actors are not the trigger's.
     */
    private static void collect(
            AnnotatedText text, Token root, int first, int last, Set<Integer> into, boolean argument) {
        if ((root.index() >= first && root.index() <= last) || !into.add(root.index())) {
            return;
        }
        for (Token t : text.dependents(root)) {
            boolean nestedParticiple = !argument && t.dep().equals("acl");
            if (!CLAUSES.contains(t.dep()) && !nestedParticiple && !(t.dep().equals("conj") && otherThing(root, t))) {
                collect(text, t, first, last, into, t.dep().equals("conj") && argument);
            }
        }
    }

    /**
     * A common noun coordinated with a common noun names another happening or thing ("the suppression of protests
     * and the country's involvement in X"), whose actors are not this trigger's; names coordinated with anything
     * ("Ruritania and the Bordurian army") are.
     */
    private static boolean otherThing(Token root, Token conjunct) {
        return root.pos().startsWith("NN")
                && !root.pos().startsWith("NNP")
                && conjunct.pos().startsWith("NN")
                && !conjunct.pos().startsWith("NNP");
    }
}
