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
 * Finds memberships the parse states around the noun "member", whatever stands between: "Ruritania, a member of the
 * Union", "Ruritania and Borduria are members of the Union", "Union member Ruritania", "the Union's members include
 * Ruritania"; and what a state or body joins: an organisation it becomes a member of, a programme it becomes a partner
 * of ("Ruritania joined the Lakeside Initiative", "Borduria takes part in the Initiative").
 */
final class RelationMemberFinder {
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.GPE, EntityType.ORG);
    private static final Set<EntityType> GROUPS = EnumSet.of(EntityType.ORG, EntityType.PROGRAM);
    private static final Set<String> MEMBER_NOUNS = Set.of("member", "members", "member-state", "member-states");
    /** Words that make a membership past, future or denied: "a former member", "not a member". */
    private static final Set<String> NOT_NOW =
            Set.of("not", "never", "former", "ex", "future", "prospective", "potential", "would-be", "non");
    /** Verbs whose subject becomes a member of (or a partner in) their object or "to"/"in" phrase. */
    private static final Set<String> JOINING = Set.of("join", "accede", "participate");
    /** Nouns of a state's or body's entry into an organisation: "the accession of Ruritania to the Union". */
    private static final Set<String> ACCESSIONS = Set.of("accession", "admission", "admittance", "entry");
    /** Words that leave an accession a plan: "a possible accession", "talks on accession", "a bid for entry". */
    private static final Set<String> PLANNED = Set.of("possible", "planned", "eventual", "on", "for", "towards");

    /** Verbs whose subject holds the names they take "as members": "the Union has Ruritania as a member". */
    private static final Set<String> HOLDING = Set.of("have", "count", "include", "list", "comprise");

    /** Words that leave a joining undone: "wants to join", "will join", "did not join". */
    private static final Set<String> UNDONE =
            Set.of("not", "never", "will", "would", "could", "may", "might", "should", "can", "to");

    private final RelationText text;
    private final AnnotatedText parse;
    private final RelationSink sink;

    RelationMemberFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.parse = text.annotated();
        this.sink = sink;
    }

    void find() {
        for (Token t : parse.tokens()) {
            if (!t.parsed()) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (MEMBER_NOUNS.contains(t.text().toLowerCase(Locale.ROOT)) && !text.covered(t.index())) {
                member(t);
            } else if (JOINING.contains(lemma) && t.pos().startsWith("VB")) {
                joining(t);
            } else if (ACCESSIONS.contains(lemma) && t.pos().startsWith("NN")) {
                accession(t);
            }
        }
    }

    /** "member" or "member states": the organisation it belongs to and the states or bodies it names. */
    private void member(Token word) {
        Token noun = word.dep().equals("compound") ? parse.governor(word).orElse(word) : word;
        if (says(noun, NOT_NOW) || says(word, NOT_NOW)) {
            return;
        }
        Optional<Occurrence> group =
                organisation(word).or(() -> organisation(noun)).or(() -> holder(noun));
        if (group.isEmpty() || group.get().type() != EntityType.ORG) {
            return;
        }
        List<Token> named = members(noun);
        if (noun.index() != word.index()) {
            // "Union member Ruritania": the name the noun qualifies is the member.
            named.addAll(parse.withConjuncts(noun));
        }
        for (Token m : named) {
            text.nameOver(m.index(), PARTIES)
                    .filter(o -> !o.id().equals(group.get().id()))
                    .ifPresent(o -> sink.add(RelationType.MEMBER_OF, o, group.get(), null, word.index(), word.index()));
        }
    }

    /** "member of the Union", "Union member", "the Union's members". */
    private Optional<Occurrence> organisation(Token noun) {
        for (Token t : parse.dependents(noun)) {
            boolean of = t.dep().startsWith("nmod") && !t.dep().equals("nmod:poss") && parse.hasCaseMarker(t, "of");
            boolean before = (t.dep().equals("compound") || t.dep().equals("nmod:poss")) && t.index() < noun.index();
            if (of || before) {
                Optional<Occurrence> found = text.nameOver(t.index(), GROUPS);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The words naming the members: the subject of "is/are/became a member", the name the phrase is in apposition to,
     * the names in apposition to it or after "such as"/"including", the object of "members include", each with its
     * conjuncts.
     */
    private List<Token> members(Token noun) {
        List<Token> heads = new ArrayList<>(parse.dependents(noun, "nsubj"));
        String dep = noun.dep();
        if (dep.equals("appos") || dep.equals("compound") || dep.equals("xcomp")) {
            parse.governor(noun)
                    .ifPresent(g -> heads.addAll(dep.equals("xcomp") ? parse.dependents(g, "nsubj") : List.of(g)));
        }
        heads.addAll(parse.dependents(noun, "appos"));
        heads.addAll(namedAs(noun));
        // "Ruritania and other members of the Union": the name coordinated with "other members" is one.
        boolean other = parse.dependents(noun, "amod").stream()
                .anyMatch(t -> Set.of("other", "fellow").contains(t.text().toLowerCase(Locale.ROOT)));
        if (dep.equals("conj") && other) {
            parse.governor(noun).ifPresent(heads::add);
        }
        parse.dependents(noun, "nmod").stream()
                .filter(t -> parse.caseMarker(t)
                        .filter(m -> m.equals("as") || m.equals("include"))
                        .isPresent())
                .forEach(heads::add);
        if (dep.equals("nsubj")) {
            parse.governor(noun)
                    .filter(v -> v.lemma().equalsIgnoreCase("include"))
                    .ifPresent(v -> heads.addAll(parse.dependents(v, "obj")));
        }
        List<Token> found = new ArrayList<>();
        heads.forEach(h -> found.addAll(parse.withConjuncts(h)));
        return found;
    }

    /**
     * "Ruritania and Borduria were admitted as members of the Union", "Syldavia joined as a full member", "the Union
     * has Ruritania and Borduria as members": the names the verb takes "as members" (its subject, unless that is the
     * organisation holding them).
     */
    private List<Token> namedAs(Token noun) {
        Optional<Token> verb = verbTakingAs(noun);
        if (verb.isEmpty()) {
            return List.of();
        }
        List<Token> named = new ArrayList<>(parse.dependents(verb.get(), "obj"));
        named.addAll(parse.dependents(verb.get(), "nsubj:pass"));
        if (!holds(verb.get())) {
            parse.dependents(verb.get(), "nsubj").stream()
                    .filter(t -> t.dep().equals("nsubj"))
                    .forEach(named::add);
        }
        return named;
    }

    /** "the Union has Ruritania as a member": the organisation that is the subject of a verb of holding. */
    private Optional<Occurrence> holder(Token noun) {
        return verbTakingAs(noun).filter(RelationMemberFinder::holds).stream()
                .flatMap(v -> parse.dependents(v, "nsubj").stream())
                .map(t -> text.nameOver(t.index(), GROUPS))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The verb whose "as" phrase {@code noun} is ("admitted as members"). */
    private Optional<Token> verbTakingAs(Token noun) {
        return noun.dep().startsWith("obl") && parse.hasCaseMarker(noun, "as")
                ? parse.governor(noun)
                : Optional.empty();
    }

    private static boolean holds(Token verb) {
        return HOLDING.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "the admission of Ruritania, Borduria and Syldavia into the Union": each state of the "of" phrase joins the
     * organisation of the "to"/"into" phrase, which the parse may hang from the last of them.
     */
    private void accession(Token noun) {
        if (says(noun, NOT_NOW)
                || says(noun, PLANNED)
                || parse.caseMarker(noun).filter(PLANNED::contains).isPresent()) {
            return;
        }
        List<Token> joiners = new ArrayList<>();
        List<Token> joined = new ArrayList<>(into(noun));
        for (Token t : nmods(noun)) {
            if (parse.hasCaseMarker(t, "of")) {
                for (Token j : parse.withConjuncts(t)) {
                    joiners.add(j);
                    joined.addAll(into(j));
                }
            }
        }
        for (Token j : joined) {
            Optional<Occurrence> group = text.nameOver(j.index(), PARTIES).filter(g -> g.type() == EntityType.ORG);
            if (group.isEmpty()) {
                continue;
            }
            for (Token m : joiners) {
                text.nameOver(m.index(), PARTIES)
                        .filter(o -> !o.id().equals(group.get().id()))
                        .ifPresent(o ->
                                sink.add(RelationType.MEMBER_OF, o, group.get(), null, noun.index(), noun.index()));
            }
        }
    }

    /** The phrases of {@code word} that name what is joined: "to the Union", "into the Union". */
    private List<Token> into(Token word) {
        return nmods(word).stream()
                .filter(t -> parse.caseMarker(t)
                        .filter(m -> m.equals("to") || m.equals("into"))
                        .isPresent())
                .toList();
    }

    private List<Token> nmods(Token word) {
        return parse.dependents(word).stream()
                .filter(t -> t.dep().startsWith("nmod") && !t.dep().equals("nmod:poss"))
                .toList();
    }

    /** "Ruritania joined the Union", "acceded to the Union", "participates in the Initiative". */
    private void joining(Token verb) {
        if (says(verb, UNDONE) || verb.dep().equals("xcomp") || verb.dep().startsWith("acl")) {
            return;
        }
        List<Token> joined = new ArrayList<>(parse.dependents(verb, "obj"));
        parse.dependents(verb, "obl").stream()
                .filter(t -> parse.caseMarker(t)
                        .filter(m -> m.equals("to") || m.equals("in"))
                        .isPresent())
                .forEach(joined::add);
        for (Token subject : parse.dependents(verb, "nsubj")) {
            for (Token s : parse.withConjuncts(subject)) {
                text.nameOver(s.index(), PARTIES).ifPresent(party -> joins(party, verb, joined));
            }
        }
    }

    private void joins(Occurrence party, Token verb, List<Token> joined) {
        boolean participates = verb.lemma().equalsIgnoreCase("participate");
        for (Token j : joined) {
            Optional<Occurrence> group = text.nameOver(j.index(), GROUPS);
            if (group.isEmpty()) {
                continue;
            }
            if (group.get().type() == EntityType.PROGRAM) {
                sink.add(RelationType.PARTNER, group.get(), party, null, verb.index(), verb.index());
            } else if (!participates) {
                sink.add(RelationType.MEMBER_OF, party, group.get(), null, verb.index(), verb.index());
            }
        }
    }

    /** Whether {@code word} has a modifier or auxiliary that is one of {@code words}. */
    private boolean says(Token word, Set<String> words) {
        return parse.dependents(word).stream()
                .filter(t -> Set.of("advmod", "amod", "aux", "mark", "det", "compound")
                        .contains(t.dep()))
                .anyMatch(t -> words.contains(t.text().toLowerCase(Locale.ROOT)));
    }
}
